/*
 * check-name: a guard helper of an array's elements (a loop returning the first error) whose result a caller ignores: the pages get_user_pages_fast() filled reach I/O with the guard's result not checked (unchecked-accessible); a loop that does not stop at the first error is no guard (missing-accessible)
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-guard-helper-array.c:49:3: warning: result of make_all_ok() on 'pages[]' is not checked before I/O in sg_set_page() (definite) [unchecked-accessible]
testcases/ip-guard-helper-array.c:43:15: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ip-guard-helper-array.c:47:2: note: make_all_ok() called here
testcases/ip-guard-helper-array.c:19:1: note: make_all_ok() makes the pages of its argument 1 accessible and returns whether it did (its summary)
testcases/ip-guard-helper-array.c:24:9: note: in make_all_ok(): made accessible by arch_make_page_accessible()
testcases/ip-guard-helper-array.c:50:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-guard-helper-array.c:63:3: warning: 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-guard-helper-array.c:56:15: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ip-guard-helper-array.c:64:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

static int make_all_ok(struct page **pages, int n)
{
	int i, ret;

	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret)
			return ret;
	}
	return 0;
}

static int make_all_ok_ignoring(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		arch_make_page_accessible(pages[i]);
	return 0;
}

int ignored(unsigned long addr, int n, struct scatterlist *sg, struct device *dev)
{
	struct page *pages[16];
	int i, got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	make_all_ok(pages, got);
	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, got, 1);
}

int not_a_guard(unsigned long addr, int n, struct scatterlist *sg, struct device *dev)
{
	struct page *pages[16];
	int i, got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	if (make_all_ok_ignoring(pages, got))
		return -EIO;
	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, got, 1);
}
