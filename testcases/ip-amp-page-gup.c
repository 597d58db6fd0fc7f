/*
 * check-name: one page returned through &page (get_user_pages_fast(addr, 1, ..., &page), iov_iter_get_pages2(from, &page, ...)): page itself is the array's element and holds the new reference, so it reaches I/O unguarded, definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-amp-page-gup.c:22:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-amp-page-gup.c:20:6: note: 'page' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ip-amp-page-gup.c:23:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-amp-page-gup.c:34:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-amp-page-gup.c:30:16: note: 'page' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
testcases/ip-amp-page-gup.c:35:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int map_user_page(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_iter_page(struct iov_iter *from, struct scatterlist *sg, struct device *dev)
{
	struct page *page;
	size_t start;
	ssize_t got = iov_iter_get_pages2(from, &page, PAGE_SIZE, 1, &start);

	if (got <= 0)
		return -EFAULT;
	sg_set_page(sg, page, got, start);
	return dma_map_sg(dev, sg, 1, 1);
}
