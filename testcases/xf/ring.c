/* A ring helper that takes its own reference and fills the skb: what its
 * page is depends on who calls it (and it calls itself). */
#include "../kernel.h"

int ring_push(struct sk_buff *skb, struct page *page, int depth)
{
	if (depth > 0)
		return ring_push(skb, page, depth - 1);
	get_page(page);
	skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE);
	return 0;
}
