/*
 * check-name: the guard runs after the reference was dropped
 * check-exit-value: 1
 *
 * check-output-start
testcases/abr-after-put.c:20:6: warning: arch_make_page_accessible() on 'page' while no reference or page lock is held (definite) [accessible-before-ref]
testcases/abr-after-put.c:15:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/abr-after-put.c:20:6: note: arch_make_page_accessible() called here
 * check-output-end
 */
#include "kernel.h"

void drop(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return;
	put_page(page);
	if (arch_make_page_accessible(page))
		return;
}
