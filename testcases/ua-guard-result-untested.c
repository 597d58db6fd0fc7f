/*
 * check-name: the guard's result kept as a test of it (ok = arch_make_page_accessible(p) == 0) but tested only after the I/O started, or tested the wrong way round (I/O when it failed): unchecked-accessible on the pages get_user_pages_fast() filled
 * check-exit-value: 1
 *
 * check-output-start
testcases/ua-guard-result-untested.c:26:2: warning: result of arch_make_page_accessible() on 'pages[]' is not checked before I/O in sg_set_page() (definite) [unchecked-accessible]
testcases/ua-guard-result-untested.c:23:6: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ua-guard-result-untested.c:25:7: note: arch_make_page_accessible() called here
testcases/ua-guard-result-untested.c:27:2: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ua-guard-result-untested.c:41:2: warning: 'pages[]' reaches I/O in sg_set_page() on the path where arch_make_page_accessible() failed (definite) [unchecked-accessible]
testcases/ua-guard-result-untested.c:36:6: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ua-guard-result-untested.c:38:7: note: arch_make_page_accessible() called here
testcases/ua-guard-result-untested.c:42:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int never_tested(struct page **pages, unsigned long addr, struct scatterlist *sg,
		 struct device *dev)
{
	bool ok;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	ok = arch_make_page_accessible(pages[0]) == 0;
	sg_set_page(sg, pages[0], PAGE_SIZE, 0);
	dma_map_sg(dev, sg, 1, 1);
	return ok ? 0 : -EIO;	/* tested after the I/O started */
}

int wrong_way(struct page **pages, unsigned long addr, struct scatterlist *sg,
	      struct device *dev)
{
	bool ok;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	ok = arch_make_page_accessible(pages[0]) == 0;
	if (ok)
		return -EIO;
	sg_set_page(sg, pages[0], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
