/*
 * check-name: field provenance: a page read from a field only ever filled from dev_alloc_page() is kernel-private
 * check-command: pagecheck $file testcases/fp/rx-ring-fill.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

int rx_frag(struct rx_buffer *buf, struct device *dev, struct scatterlist *sg)
{
	get_page(buf->page);
	sg_set_page(sg, buf->page, PAGE_SIZE, buf->offset);
	return dma_map_sg(dev, sg, 1, 1);
}
