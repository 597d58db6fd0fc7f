/* net/ipv4/tcp.c: the page gets a new reference and goes into the skb */
#include "net.h"

static struct sk_buff *tcp_build_frag(struct sock *sk, struct page *page, int offset,
				      size_t *size)
{
	struct sk_buff *skb = sk->tail;

	if (!skb)
		return NULL;
	get_page(page);
	skb_fill_page_desc(skb, 0, page, offset, (int)*size);
	return skb;
}

ssize_t do_tcp_sendpages(struct sock *sk, struct page *page, int offset, size_t size,
			 int flags)
{
	size_t copy = size;

	(void)flags;
	while (size) {
		if (!tcp_build_frag(sk, page, offset, &copy))
			return -ENOMEM;
		size -= copy;
	}
	return 0;
}

int tcp_sendpage(struct sock *sk, struct page *page, int offset, size_t size, int flags)
{
	return (int)do_tcp_sendpages(sk, page, offset, size, flags);
}
