/* Two socket families of 6.1: AF_UNIX (net/unix/af_unix.c, 6.1.192, with
 * skb_append_pagefrags() inlined: the page goes into an skb only the
 * receiver's CPU copies) and one that copies the page
 * (net/core/sock.c sock_no_sendpage(): kmap() and kernel_sendmsg()). */
#include "net.h"

static int unix_stream_sendpage(struct socket *socket, struct page *page, int offset,
				size_t size, int flags)
{
	struct sk_buff *skb = socket->sk->tail;

	(void)flags;
	get_page(page);
	skb_fill_page_desc(skb, 0, page, offset, (int)size);
	return (int)size;
}

int sock_no_sendpage(struct socket *sock, struct page *page, int offset, size_t size,
		     int flags)
{
	(void)sock;
	(void)page;
	(void)offset;
	(void)flags;
	return (int)size;
}

const struct proto_ops unix_stream_ops = {
	.sendpage = unix_stream_sendpage,
};

const struct proto_ops packet_ops = {
	.sendpage = sock_no_sendpage,
};
