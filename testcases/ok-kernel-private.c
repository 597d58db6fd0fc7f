/*
 * check-name: kernel-private pages (alloc_page, dev_alloc_page, virt_to_page) never produce findings
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int fill_rx(struct device *dev, struct scatterlist *sg, void *buf)
{
	struct page *a = alloc_page(GFP_KERNEL);
	struct page *b = dev_alloc_page();
	struct page *c = virt_to_page(buf);

	if (!a || !b)
		return -ENOMEM;
	get_page(c);
	sg_set_page(&sg[0], a, PAGE_SIZE, 0);
	sg_set_page(&sg[1], b, PAGE_SIZE, 0);
	sg_set_page(&sg[2], c, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 3, 2);
}
