/*
 * check-name: dma_map_page() is a macro: matched at its expansion site
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-macro-direct.c:19:9: warning: 'page' reaches I/O in dma_map_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-macro-direct.c:15:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-macro-direct.c:19:9: note: I/O starts here: dma_map_page()
 * check-output-end
 */
#include "kernel.h"

dma_addr_t map(struct device *dev, struct address_space *mapping, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return 0;
	return dma_map_page(dev, page, 0, PAGE_SIZE, 1);
}
