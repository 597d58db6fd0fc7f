/* __ip_append_data()'s and esp_output_head()'s shape: the socket's frag
 * cache, refilled from alloc_pages() right before the page goes into the skb;
 * and a reader of a page_frag filled elsewhere by its own subsystem. */
#include "../kernel.h"

int append_data(struct sock *sk, struct sk_buff *skb, int i)
{
	struct page_frag *pfrag = sk_page_frag(sk);

	if (!sk_page_frag_refill(sk, pfrag))
		return -ENOMEM;
	skb_fill_page_desc(skb, i, pfrag->page, pfrag->offset, 0);
	get_page(pfrag->page);
	return 0;
}

struct rx_gl { struct page_frag frags[4]; };

void copy_frags(struct sk_buff *skb, struct rx_gl *gl, int n)
{
	for (int i = 0; i < n; i++) {
		get_page(gl->frags[i].page);
		skb_fill_page_desc(skb, i, gl->frags[i].page, gl->frags[i].offset,
				   gl->frags[i].size);
	}
}

void fill_rx(struct rx_gl *gl, int i)
{
	gl->frags[i].page = dev_alloc_page();
}
