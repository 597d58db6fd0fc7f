/* A file of its own that puts user pages into a struct page_frag and sends
 * them (net/tls/tls_device.c's zc_pfrag shape, fed by gup here). */
#include "../kernel.h"

struct zc_ctx { struct page_frag pfrag; struct sk_buff *skb; };

static void append_frag(struct zc_ctx *c, int i)
{
	get_page(c->pfrag.page);
	skb_fill_page_desc(c->skb, i, c->pfrag.page, c->pfrag.offset, c->pfrag.size);
}

int zc_send(struct zc_ctx *c, unsigned long uaddr)
{
	struct page *pages[1];

	if (get_user_pages_fast(uaddr, 1, 0, pages) != 1)
		return -EFAULT;
	c->pfrag.page = pages[0];
	c->pfrag.offset = 0;
	c->pfrag.size = PAGE_SIZE;
	append_frag(c, 0);
	return 0;
}
