/*
 * check-name: a helper that starts I/O on its page argument (dma_map_page inside) is summarized as a direct sink: the caller's new reference reaches I/O unguarded; a helper that guards first is not one
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-maps.c:33:9: warning: 'page' reaches I/O in map_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-helper-maps.c:29:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ip-helper-maps.c:33:9: note: I/O starts here: map_page()
testcases/ip-helper-maps.c:15:1: note: map_page() starts I/O on its argument 2 (its summary)
testcases/ip-helper-maps.c:17:9: note: in map_page(): I/O started by dma_map_page()
 * check-output-end
 */
#include "kernel.h"

static dma_addr_t map_page(struct device *dev, struct page *page)
{
	return dma_map_page(dev, page, 0, PAGE_SIZE, 1);
}

static dma_addr_t map_guarded(struct device *dev, struct page *page)
{
	if (arch_make_page_accessible(page))
		return 0;
	return dma_map_page(dev, page, 0, PAGE_SIZE, 1);
}

dma_addr_t send(struct address_space *mapping, struct device *dev, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return 0;
	return map_page(dev, page);
}

dma_addr_t send_guarded(struct address_space *mapping, struct device *dev,
			unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return 0;
	return map_guarded(dev, page);
}
