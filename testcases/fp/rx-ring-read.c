/* A NIC driver's rx path: a page of its rx ring goes to the device again.
 * Whether that page may be secure depends on what fills buf->page, in
 * other files (the fp-*.c cases pair this file with one of them). */
#include "../kernel.h"

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
