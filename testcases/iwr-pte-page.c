/*
 * check-name: pte_page() (a macro) gives a user page with no reference; it goes to I/O
 * check-exit-value: 1
 *
 * check-output-start
testcases/iwr-pte-page.c:17:2: warning: 'page' reaches I/O in sg_set_page() with no reference held (definite) [io-without-ref]
testcases/iwr-pte-page.c:15:22: note: 'page' comes from pte_page() (user or pagecache pages)
testcases/iwr-pte-page.c:17:2: note: I/O starts here: sg_set_page()
 * check-output-end
 */
#include "kernel.h"

int dump_pte(struct scatterlist *sg, pte_t pte)
{
	struct page *page = pte_page(pte);

	sg_set_page(sg, page, PAGE_SIZE, 0);
	return 0;
}
