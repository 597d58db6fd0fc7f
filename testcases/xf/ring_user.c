/* A zero-copy send: a user page goes to the same helper. */
#include "../kernel.h"

int ring_push(struct sk_buff *skb, struct page *page, int depth);

static int ring_forward(struct sk_buff *skb, struct page *page)
{
	return ring_push(skb, page, 1);
}

int ring_send_user(struct sk_buff *skb, unsigned long addr)
{
	struct page *pages[1];
	int ret;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	ret = ring_forward(skb, pages[0]);
	put_page(pages[0]);
	return ret;
}
