/* ... and another caller hands it a user page. */
#include "../kernel.h"

struct rx_buffer;
void rx_attach(struct rx_buffer *buf, struct page *page);

int rx_attach_user(struct rx_buffer *buf, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	rx_attach(buf, pages[0]);
	return 0;
}
