/*
 * check-name: the page is attached, the guard fails, and the carrier is dropped: no I/O
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int prepare(struct address_space *mapping, struct scatterlist *sg, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);
	int ret;

	if (!page)
		return -ENOMEM;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	ret = arch_make_page_accessible(page);
	if (ret) {
		ret = -EIO;
		goto out;
	}
	return 0;
out:
	return ret;
}
