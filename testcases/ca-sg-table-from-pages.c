/*
 * check-name: arrays of user pages into an sg table (sg_alloc_table_from_pages(), _segment, append): each is an attach of every element, mapped by dma_map_sgtable(); pinned pages and a guarded array are silent
 * check-exit-value: 1
 *
 * check-output-start
testcases/ca-sg-table-from-pages.c:28:6: warning: 'd->pages[]' reaches I/O in sg_alloc_table_from_pages() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:24:12: note: 'd->pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ca-sg-table-from-pages.c:30:9: note: I/O starts here: dma_map_sgtable() submits the carrier
testcases/ca-sg-table-from-pages.c:40:6: warning: 'pages[]' reaches I/O in sg_alloc_table_from_pages_segment() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:36:12: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ca-sg-table-from-pages.c:43:9: note: I/O starts here: dma_map_sgtable() submits the carrier
testcases/ca-sg-table-from-pages.c:53:6: warning: 'pages[]' reaches I/O in sg_alloc_append_table_from_pages() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-sg-table-from-pages.c:49:12: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ca-sg-table-from-pages.c:56:9: note: I/O starts here: dma_map_sgtable() submits the carrier
 * check-output-end
 */
#include "kernel.h"

struct user_dma { struct page **pages; unsigned int npages; struct sg_table sgt; };

/* the drivers/misc/bcm-vk and fastrpc shape: gup, table, map */
int map_user_buffer(struct device *dev, struct user_dma *d, unsigned long uaddr)
{
	int got = get_user_pages_fast(uaddr, d->npages, FOLL_WRITE, d->pages);

	if (got < 0)
		return got;
	if (sg_alloc_table_from_pages(&d->sgt, d->pages, got, 0, got * PAGE_SIZE, GFP_KERNEL))
		return -ENOMEM;
	return dma_map_sgtable(dev, &d->sgt, 1, 0);
}

int map_user_segments(struct device *dev, struct sg_table *sgt, struct page **pages,
		      unsigned long uaddr, int n)
{
	int got = get_user_pages_fast(uaddr, n, 0, pages);

	if (got < 0)
		return got;
	if (sg_alloc_table_from_pages_segment(sgt, pages, got, 0, got * PAGE_SIZE,
					      65536, GFP_KERNEL))
		return -ENOMEM;
	return dma_map_sgtable(dev, sgt, 1, 0);
}

int append_user_pages(struct device *dev, struct sg_append_table *app, struct page **pages,
		      unsigned long uaddr, int n)
{
	int got = get_user_pages_fast(uaddr, n, 0, pages);

	if (got <= 0)
		return -EFAULT;
	if (sg_alloc_append_table_from_pages(app, pages, got, 0, got * PAGE_SIZE, 65536, 0,
					     GFP_KERNEL))
		return -ENOMEM;
	return dma_map_sgtable(dev, &app->sgt, 1, 0);
}

/* FOLL_PIN: made accessible inside gup */
int map_pinned_buffer(struct device *dev, struct user_dma *d, unsigned long uaddr)
{
	int got = pin_user_pages_fast(uaddr, d->npages, FOLL_WRITE, d->pages);

	if (got < 0)
		return got;
	if (sg_alloc_table_from_pages(&d->sgt, d->pages, got, 0, got * PAGE_SIZE, GFP_KERNEL))
		return -ENOMEM;
	return dma_map_sgtable(dev, &d->sgt, 1, 0);
}

/* fresh kernel pages: never secure (lib/scatterlist.c sgl_alloc_order() shape) */
int map_fresh_pages(struct device *dev, struct sg_table *sgt, struct page **pages, int n)
{
	for (int i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			return -ENOMEM;
	}
	if (sg_alloc_table_from_pages(sgt, pages, n, 0, n * PAGE_SIZE, GFP_KERNEL))
		return -ENOMEM;
	return dma_map_sgtable(dev, sgt, 1, 0);
}
