/*
 * check-name: VM_BUG_ON_PAGE() on the guard's result: the failure path ends
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	VM_BUG_ON_PAGE(arch_make_page_accessible(page), page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
