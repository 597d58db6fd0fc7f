/*
 * check-name: the guard's failure is tested but its failure path still reaches the I/O
 * check-exit-value: 1
 *
 * check-output-start
testcases/ua-failure-path.c:24:2: warning: 'page' reaches I/O in sg_set_page() on the path where arch_make_page_accessible() failed (definite) [unchecked-accessible]
testcases/ua-failure-path.c:16:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ua-failure-path.c:21:8: note: arch_make_page_accessible() called here
testcases/ua-failure-path.c:25:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);
	int ret;

	if (!page)
		return -ENOMEM;
	ret = arch_make_page_accessible(page);
	if (ret)
		dev = NULL;	/* "just warn" */
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
