/*
 * check-name: get_page() on a caller's page, then sg + dma_map_sg without guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-get-page-sg.c:17:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-get-page-sg.c:16:2: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ma-get-page-sg.c:16:2: note: new reference taken by get_page()
testcases/ma-get-page-sg.c:18:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
