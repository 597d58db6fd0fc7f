/*
 * check-name: the same APIs done right: each shmem page, memfd folio and hmm page made accessible (checked) before the I/O; a CPU-only copy out of an hmm page; a fresh folio_alloc() folio
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int shmem_get_pages(struct device *dev, struct address_space *mapping,
		    struct scatterlist *sg, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++) {
		struct page *page = shmem_read_mapping_page(mapping, i);

		if (IS_ERR(page))
			return -ENOMEM;
		if (arch_make_page_accessible(page)) {
			put_page(page);
			return -EIO;
		}
		sg_set_page(&sg[i], page, PAGE_SIZE, 0);
	}
	return dma_map_sg(dev, sg, n, 1);
}

int udmabuf_pin(struct device *dev, struct file *memfd, struct folio **folios,
		struct scatterlist *sg, unsigned int max)
{
	unsigned long off;
	long n = memfd_pin_folios(memfd, 0, max * PAGE_SIZE - 1, folios, max, &off);

	if (n < 0)
		return n;
	for (long i = 0; i < n; i++) {
		if (arch_make_folio_accessible(folios[i]))
			return -EIO;
		sg_set_folio(&sg[i], folios[i], PAGE_SIZE, 0);
	}
	return dma_map_sg(dev, sg, n, 1);
}

int hmm_copy_one(void *dst, unsigned long *hmm_pfns, int i)
{
	struct page *page = hmm_pfn_to_page(hmm_pfns[i]);

	memcpy(dst, page_address(page), PAGE_SIZE);
	return 0;
}

int read_fresh_folio(struct bio *bio)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	if (!folio)
		return -ENOMEM;
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
