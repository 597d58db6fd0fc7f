/* A broken variant: the same field also holds user pages. */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

int rx_fill_from_user(struct rx_buffer *buf, struct iov_iter *from)
{
	struct page *pages[1];
	size_t start;

	if (iov_iter_get_pages2(from, pages, PAGE_SIZE, 1, &start) != PAGE_SIZE)
		return -EFAULT;
	buf->page = pages[0];
	return 0;
}
