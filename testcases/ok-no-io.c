/*
 * check-name: a reference taken and dropped without I/O is not a finding
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int peek(struct address_space *mapping, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);
	unsigned long flags;

	if (!page)
		return 0;
	flags = page->flags;
	put_page(page);
	return (int)flags;
}
