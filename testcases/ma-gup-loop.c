/*
 * check-name: FOLL_GET gup fills pages[]; a loop attaches each page without guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-gup-loop.c:22:3: warning: 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-gup-loop.c:18:8: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ma-gup-loop.c:23:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int map_user(struct device *dev, struct scatterlist *sg, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, got;

	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, got, 1);
}
