#include "../kernel.h"

/* makes every page of an array accessible; the first failure is returned */
int make_all_ok(struct page **pages, int n)
{
	int i, ret;

	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret)
			return ret;
	}
	return 0;
}
