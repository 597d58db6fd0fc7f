/*
 * check-name: if (unlikely(ret < 0)) on the guard's result is a check
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	int ret;

	get_page(page);
	ret = arch_make_page_accessible(page);
	if (unlikely(ret < 0)) {
		put_page(page);
		return ret;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
