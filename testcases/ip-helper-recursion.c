/*
 * check-name: recursive helpers do not hang the summaries (bounded rounds), and a helper that takes no reference on some return path is no acquire
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

static void hold_some(struct page *page, int n)
{
	if (n <= 0)
		return;		/* no reference on this path */
	get_page(page);
	hold_some(page, n - 1);
}

int map_one(struct device *dev, struct scatterlist *sg, struct page *page, int n)
{
	hold_some(page, n);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
