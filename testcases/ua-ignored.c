/*
 * check-name: the guard's result is thrown away
 * check-exit-value: 1
 *
 * check-output-start
testcases/ua-ignored.c:19:2: warning: result of arch_make_page_accessible() on 'page' is not checked before I/O in sg_set_page() (possible) [unchecked-accessible]
testcases/ua-ignored.c:17:2: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ua-ignored.c:17:2: note: new reference taken by get_page()
testcases/ua-ignored.c:18:2: note: arch_make_page_accessible() called here
testcases/ua-ignored.c:20:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	arch_make_page_accessible(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
