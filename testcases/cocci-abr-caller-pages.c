/*
 * check-name: Coccinelle engine, accessible-before-ref: a guard on a parameter's page (a helper that only makes its caller's page accessible) or on the pages a gup call just filled (pages[0], page of &page) is not reported; a guard on a page nothing referenced is, its expression as written (local[0], not spatch's "local[0 ]")
 * check-command: pagecheck --engine=cocci $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/cocci-abr-caller-pages.c:39:9: warning: arch_make_page_accessible() on 'local[0]' while no reference or page lock is held (possible) [accessible-before-ref]
testcases/cocci-abr-caller-pages.c:39:9: note: found by Coccinelle (cocci/accessible-before-ref.cocci)
 * check-output-end
 */
#include "kernel.h"

static int make_ok(struct page *p)
{
	return arch_make_page_accessible(p);
}

int filled(struct page **pages, unsigned long addr)
{
	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	return arch_make_page_accessible(pages[0]);
}

int filled_one(unsigned long addr)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	return arch_make_page_accessible(page);
}

int unreferenced(struct page **from, int i)
{
	struct page *local[2];

	local[0] = from[i];
	return arch_make_page_accessible(local[0]);
}
