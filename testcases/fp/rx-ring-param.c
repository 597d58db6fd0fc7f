/* The field is filled with a caller's page: still unknown. */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

void rx_attach(struct rx_buffer *buf, struct page *page)
{
	buf->page = page;
}
