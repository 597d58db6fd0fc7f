/*
 * check-name: the guard's result is stored but never tested before the I/O
 * check-exit-value: 1
 *
 * check-output-start
testcases/ua-stored-not-tested.c:22:9: warning: result of arch_make_page_accessible() on 'page' is not checked before I/O in dma_map_page() (definite) [unchecked-accessible]
testcases/ua-stored-not-tested.c:16:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ua-stored-not-tested.c:21:8: note: arch_make_page_accessible() called here
testcases/ua-stored-not-tested.c:22:9: note: I/O starts here: dma_map_page()
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct address_space *mapping, dma_addr_t *out)
{
	struct page *page = find_get_page(mapping, 0);
	int ret;

	if (!page)
		return -ENOMEM;
	ret = arch_make_page_accessible(page);
	*out = dma_map_page(dev, page, 0, PAGE_SIZE, 1);
	return ret;
}
