/* The rx ring filled through a helper of the same file: what the field
 * holds is known only from the file's own summaries (rx_alloc()). */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

static struct page *rx_alloc(void)
{
	return dev_alloc_page();
}

int rx_refill(struct rx_buffer *buf)
{
	struct page *page = rx_alloc();

	if (!page)
		return -ENOMEM;
	buf->page = page;
	buf->offset = 0;
	return 0;
}
