/*
 * check-name: the reference is taken in a helper that hands the page back: its summary applies at the call
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-takes-ref.c:24:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ip-helper-takes-ref.c:24:18: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ip-helper-takes-ref.c:24:18: note: new reference taken by grab()
testcases/ip-helper-takes-ref.c:16:1: note: grab() takes a reference on its argument 1 on every normal return and hands it back (its summary)
testcases/ip-helper-takes-ref.c:18:2: note: in grab(): new reference taken by get_page()
testcases/ip-helper-takes-ref.c:25:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

static struct page *grab(struct page *page)
{
	get_page(page);
	return page;
}

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	sg_set_page(sg, grab(page), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
