/*
 * check-name: the reference is taken in a helper function (inter-procedural: issue 4)
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

static struct page *grab(struct page *page)
{
	get_page(page);
	return page;
}

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	sg_set_page(sg, grab(page), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
