/* rx_attach()'s only caller hands it a page the driver allocated. */
#include "../kernel.h"

struct rx_buffer;
void rx_attach(struct rx_buffer *buf, struct page *page);

int rx_refill_attach(struct rx_buffer *buf)
{
	struct page *page = dev_alloc_page();

	if (!page)
		return -ENOMEM;
	rx_attach(buf, page);
	return 0;
}
