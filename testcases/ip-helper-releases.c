/*
 * check-name: a helper that drops its argument's reference (put_page inside) is summarized as a release: the caller's I/O after it has no reference
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-releases.c:39:2: warning: 'page' reaches I/O in sg_set_page() with no reference held (definite) [io-without-ref]
testcases/ip-helper-releases.c:29:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ip-helper-releases.c:33:6: note: arch_make_page_accessible() called here
testcases/ip-helper-releases.c:39:2: note: I/O starts here: sg_set_page()
 * check-output-end
 */
#include "kernel.h"

static void drop_page(struct page *page)
{
	put_page(page);
}

/* takes and drops its own reference: releases nothing of the caller's */
static void peek_page(struct page *page)
{
	get_page(page);
	put_page(page);
}

int send(struct address_space *mapping, struct scatterlist *sg, struct device *dev,
	 unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOMEM;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	peek_page(page);
	drop_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
