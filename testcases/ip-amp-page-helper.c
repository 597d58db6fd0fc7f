/*
 * check-name: a helper summarized as filling a struct page ** array (a get_user_pages_fast() wrapper), given &page: page is the filled element, its user page reaches I/O unguarded, definite, and the trace walks into the helper
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-amp-page-helper.c:34:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-amp-page-helper.c:32:6: note: 'page' comes from grab_pages() (user pages), which takes a new reference
testcases/ip-amp-page-helper.c:19:1: note: grab_pages() fills its argument 3 with pages it takes new references on (its summary)
testcases/ip-amp-page-helper.c:21:12: note: in grab_pages(): the pages come from get_user_pages_fast()
testcases/ip-amp-page-helper.c:35:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-amp-page-helper.c:21:12: note: the new reference it is about: get_user_pages_fast() in grab_pages() (testcases/ip-amp-page-helper.c:21)
testcases/ip-amp-page-helper.c:21:12: site: get_user_pages_fast() in grab_pages() ('pages[]') reaches I/O without the guard further on (missing)
testcases/ip-amp-page-helper.c:32:6: note: map_one() takes it from grab_pages()
testcases/ip-amp-page-helper.c:34:2: note: reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"

static int grab_pages(unsigned long addr, int n, struct page **pages)
{
	int got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	return got;
}

int map_one(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (grab_pages(addr, 1, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_one_guarded(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (grab_pages(addr, 1, &page) != 1)
		return -EFAULT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
