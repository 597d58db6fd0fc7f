/* bnx2x's pattern: the ring slot gets a page from a pool's field, which is
 * filled from alloc_pages() (when it was empty). */
#include "../kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

struct rx_pool {
	struct page *page;
};

int rx_refill_from_pool(struct rx_pool *pool, struct rx_buffer *buf)
{
	if (!pool->page) {
		pool->page = alloc_pages(GFP_KERNEL, 0);
		if (!pool->page)
			return -ENOMEM;
	}
	buf->page = pool->page;
	return 0;
}
