#include "../kernel.h"
int broken(struct page *page)
{
	get_page(page)
	return 0;
}
