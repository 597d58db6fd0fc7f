/*
 * check-name: trylock_page() holds the lock only on success
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

	if (!trylock_page(page))
		return -EINVAL;
	ret = arch_make_page_accessible(page);
	unlock_page(page);
	return ret;
}
