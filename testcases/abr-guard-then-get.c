/*
 * check-name: the guard runs before the reference is taken: the guarantee lapses
 * check-exit-value: 1
 *
 * check-output-start
testcases/abr-guard-then-get.c:22:6: warning: arch_make_page_accessible() on 'page' while no reference or page lock is held (definite) [accessible-before-ref]
testcases/abr-guard-then-get.c:20:22: note: 'page' comes from pte_page() (user or pagecache pages)
testcases/abr-guard-then-get.c:24:2: note: new reference taken by get_page()
testcases/abr-guard-then-get.c:22:6: note: arch_make_page_accessible() called here
testcases/abr-guard-then-get.c:25:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/abr-guard-then-get.c:20:22: note: 'page' comes from pte_page() (user or pagecache pages)
testcases/abr-guard-then-get.c:24:2: note: new reference taken by get_page()
testcases/abr-guard-then-get.c:26:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int grab(struct scatterlist *sg, struct device *dev, pte_t pte)
{
	struct page *page = pte_page(pte);

	if (arch_make_page_accessible(page))
		return -EIO;
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
