/* Two drivers, one file name (sge.c), one static helper name: two
 * functions, two findings. */
#include "../../kernel.h"

static void copy_frags(struct sk_buff *skb, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	skb_fill_page_desc(skb, 0, page, 0, PAGE_SIZE);
}

void cxgb4_rx(struct sk_buff *skb, struct address_space *mapping)
{
	copy_frags(skb, mapping);
}
