/* The driver's own refill: pages it allocated itself. */
#include "../kernel.h"

int ring_push(struct sk_buff *skb, struct page *page, int depth);

int ring_refill(struct sk_buff *skb)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	return ring_push(skb, page, 2);
}
