/* The rx ring filled with a compound literal, as push_page() fills pipe
 * buffers: a user page this time. */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

int rx_fill_user(struct rx_buffer *buf, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	*buf = (struct rx_buffer){ .offset = 0, .page = pages[0] };
	return 0;
}
