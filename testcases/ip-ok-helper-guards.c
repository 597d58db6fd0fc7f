/*
 * check-name: a helper that takes the reference and makes the page accessible (testing the result) protects its callers
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

static int hold_accessible(struct page *page)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	return 0;
}

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	int err = hold_accessible(page);

	if (err)
		return err;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
