/*
 * check-name: the canonical pattern: reference, guard checked, then I/O
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
