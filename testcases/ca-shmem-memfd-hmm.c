/*
 * check-name: shmem page-cache pages (shmem_read_mapping_page(), shmem_read_folio_gfp()), memfd_pin_folios() (pinned without the gup guard, 6.12) and hmm_pfn_to_page() (no reference) reaching device I/O unguarded
 * check-exit-value: 1
 *
 * check-output-start
testcases/ca-shmem-memfd-hmm.c:31:3: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:27:23: note: 'page' comes from shmem_read_mapping_page() (pagecache pages), which takes a new reference
testcases/ca-shmem-memfd-hmm.c:33:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ca-shmem-memfd-hmm.c:42:7: warning: 'folio' reaches I/O in bio_add_folio() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:38:24: note: 'folio' comes from shmem_read_folio_gfp() (pagecache pages), which takes a new reference
testcases/ca-shmem-memfd-hmm.c:46:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ca-shmem-memfd-hmm.c:60:3: warning: 'folios[]' reaches I/O in sg_set_folio() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-shmem-memfd-hmm.c:55:11: note: 'folios[]' comes from memfd_pin_folios() (pagecache pages), which takes a new reference
testcases/ca-shmem-memfd-hmm.c:61:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ca-shmem-memfd-hmm.c:69:9: warning: 'page' reaches I/O in dma_map_page() with no reference held (definite) [io-without-ref]
testcases/ca-shmem-memfd-hmm.c:67:22: note: 'page' comes from hmm_pfn_to_page() (user or pagecache pages)
testcases/ca-shmem-memfd-hmm.c:69:9: note: I/O starts here: dma_map_page()
 * check-output-end
 */
#include "kernel.h"

/* the i915_gem_shmem / drm_gem_get_pages shape */
int shmem_get_pages(struct device *dev, struct address_space *mapping,
		    struct scatterlist *sg, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++) {
		struct page *page = shmem_read_mapping_page(mapping, i);

		if (IS_ERR(page))
			return -ENOMEM;
		sg_set_page(&sg[i], page, PAGE_SIZE, 0);
	}
	return dma_map_sg(dev, sg, n, 1);
}

int shmem_read_into_bio(struct bio *bio, struct address_space *mapping, unsigned long index)
{
	struct folio *folio = shmem_read_folio_gfp(mapping, index, GFP_KERNEL);

	if (IS_ERR(folio))
		return -EIO;
	if (!bio_add_folio(bio, folio, PAGE_SIZE, 0)) {
		folio_put(folio);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}

/* drivers/dma-buf/udmabuf.c (6.12): pinned folios straight into the table */
int udmabuf_pin(struct device *dev, struct file *memfd, struct folio **folios,
		struct scatterlist *sg, unsigned int max)
{
	unsigned long off;
	long n = memfd_pin_folios(memfd, 0, max * PAGE_SIZE - 1, folios, max, &off);

	if (n < 0)
		return n;
	for (long i = 0; i < n; i++)
		sg_set_folio(&sg[i], folios[i], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, n, 1);
}

/* an hmm mirror mapping a faulted range for the device */
dma_addr_t hmm_map_one(struct device *dev, unsigned long *hmm_pfns, int i)
{
	struct page *page = hmm_pfn_to_page(hmm_pfns[i]);

	return dma_map_page(dev, page, 0, PAGE_SIZE, 1);
}
