/*
 * check-name: pages read from a field and mapped with no reference of the reader's are not reported where no site's new reference stays in the field: kernel-private pages (alloc_page()), a caller's page stored without a reference of its own, a field nobody is seen filling, a reader that guards first, a bio_vec (rules.yaml io_structs) and btrfs's extent_buffer pages (rules.yaml fields)
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

struct ring { struct page *page; };
struct slot { struct page *page; };
struct opaque { struct page *page; };
struct guarded { struct page *page; };

/* an rx ring: kernel-private pages */
int ring_fill(struct ring *r)
{
	r->page = alloc_page(GFP_KERNEL);
	return r->page ? 0 : -ENOMEM;
}

int ring_map(struct device *dev, struct scatterlist *sg, struct ring *r)
{
	sg_set_page(sg, r->page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

/* the caller's page, its reference the caller's: no site here */
void slot_set(struct slot *s, struct page *page)
{
	s->page = page;
}

int slot_map(struct device *dev, struct scatterlist *sg, struct slot *s)
{
	sg_set_page(sg, s->page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

/* nobody analyzed fills it */
int opaque_map(struct device *dev, struct scatterlist *sg, struct opaque *o)
{
	sg_set_page(sg, o->page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

/* the user page's reference stays in the field, and the reader guards */
void guarded_fill(struct guarded *g, unsigned long addr)
{
	get_user_pages_fast(addr, 1, 0, &g->page);
}

int guarded_map(struct device *dev, struct scatterlist *sg, struct guarded *g)
{
	if (arch_make_page_accessible(g->page))
		return -EIO;
	sg_set_page(sg, g->page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

struct bio_vec { struct page *bv_page; unsigned int bv_len, bv_offset; };

/* a bio's own vector: the page was handed to I/O where it was added
 * (bio_add_page() in the submitter); the block layer mapping it later is
 * not judged on the reference kept there (rules.yaml io_structs) */
void bvec_fill(struct bio_vec *bv, unsigned long addr)
{
	get_user_pages_fast(addr, 1, 0, &bv->bv_page);
}

int bvec_map(struct device *dev, struct scatterlist *sg, struct bio_vec *bv)
{
	sg_set_page(sg, bv->bv_page, bv->bv_len, bv->bv_offset);
	return dma_map_sg(dev, sg, 1, 1);
}

/* btrfs metadata: the btree inode's page cache, which user space never
 * maps (rules.yaml fields: extent_buffer.pages[] is kernel-private) */
struct extent_buffer { struct page *pages[16]; };

int eb_fill(struct extent_buffer *eb, struct address_space *btree_mapping, int n)
{
	for (int i = 0; i < n; i++) {
		eb->pages[i] = find_or_create_page(btree_mapping, i, GFP_KERNEL);
		if (!eb->pages[i])
			return -ENOMEM;
	}
	return 0;
}

int eb_repair(struct extent_buffer *eb, struct bio *bio, int i)
{
	bio_add_page(bio, eb->pages[i], PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
