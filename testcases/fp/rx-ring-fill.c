/* The other half of a NIC driver: the rx ring is filled with its own pages. */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

int rx_refill(struct rx_buffer *buf)
{
	struct page *page = dev_alloc_page();

	if (!page)
		return -ENOMEM;
	buf->page = page;
	buf->offset = 0;
	return 0;
}
