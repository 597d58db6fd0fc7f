/* A page-cache lookup helper in one file... */
#include "../kernel.h"

struct page *cache_lookup(struct address_space *mapping, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return NULL;
	return page;
}
