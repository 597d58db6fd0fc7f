/*
 * check-name: a guard helper (return arch_make_page_accessible(p)) is a guard at its calls: a caller that ignores its result is unchecked-accessible, one that calls it before taking the reference is accessible-before-ref (in the caller, whose page it is), and a helper that does not report failure is no guard (missing-accessible in the caller)
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-guard-helper.c:41:2: warning: result of make_ok() on 'page' is not checked before I/O in sg_set_page() (definite) [unchecked-accessible]
testcases/ip-guard-helper.c:38:6: note: 'page' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ip-guard-helper.c:40:2: note: make_ok() called here
testcases/ip-guard-helper.c:24:1: note: make_ok() makes its argument 1 accessible and returns whether it did (its summary)
testcases/ip-guard-helper.c:26:9: note: in make_ok(): made accessible by arch_make_page_accessible()
testcases/ip-guard-helper.c:42:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-guard-helper.c:52:6: warning: make_ok() on 'page' while no reference or page lock is held (definite) [accessible-before-ref]
testcases/ip-guard-helper.c:47:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ip-guard-helper.c:52:6: note: make_ok() called here
testcases/ip-guard-helper.c:24:1: note: make_ok() makes its argument 1 accessible and returns whether it did (its summary)
testcases/ip-guard-helper.c:26:9: note: in make_ok(): made accessible by arch_make_page_accessible()
testcases/ip-guard-helper.c:64:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-guard-helper.c:61:6: note: 'page' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ip-guard-helper.c:65:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

static int make_ok(struct page *p)
{
	return arch_make_page_accessible(p);
}

static void make_ok_quietly(struct page *p)
{
	arch_make_page_accessible(p);
}

int ignored(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	make_ok(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int too_early(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	put_page(page);
	if (make_ok(page))
		return -EIO;
	return 0;
}

int quiet(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	make_ok_quietly(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
