/*
 * check-name: the page lock is enough to call the guard
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int touch(pte_t pte)
{
	struct page *page = pte_page(pte);
	int ret;

	lock_page(page);
	ret = arch_make_page_accessible(page);
	unlock_page(page);
	return ret;
}
