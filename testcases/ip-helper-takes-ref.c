/*
 * check-name: the reference is taken in a helper that hands the page back: its summary applies at the call
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-takes-ref.c:28:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ip-helper-takes-ref.c:28:18: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ip-helper-takes-ref.c:28:18: note: new reference taken by grab()
testcases/ip-helper-takes-ref.c:20:1: note: grab() takes a reference on its argument 1 on every normal return and hands it back (its summary)
testcases/ip-helper-takes-ref.c:22:2: note: in grab(): new reference taken by get_page()
testcases/ip-helper-takes-ref.c:29:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-helper-takes-ref.c:22:2: note: the new reference it is about: get_page() in grab() (testcases/ip-helper-takes-ref.c:22)
testcases/ip-helper-takes-ref.c:22:2: site: get_page() in grab() ('page') reaches I/O without the guard further on (missing)
testcases/ip-helper-takes-ref.c:28:18: note: map_one() takes it from grab()
testcases/ip-helper-takes-ref.c:28:2: note: reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible)
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
