/*
 * check-name: when the program has a function stored in proto_ops.sendpage, its summary decides and rules.yaml page_ops's I/O is not used: an AF_UNIX-only target (unix_stream_sendpage(), a cpu_carrier) keeps the finding possible, with its reason
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf-sendpage-unix-only.c:27:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/xf-sendpage-unix-only.c:26:2: note: 'page' is parameter 2 of unix_stream_sendpage(): its callers hand it user pages
testcases/xf-sendpage-unix-only.c:42:8: note: send_user_page() passes 'pages[]' to proto_ops.sendpage, which may be unix_stream_sendpage()
testcases/xf-sendpage-unix-only.c:40:6: note: origin: 'pages[]' comes from get_user_pages_fast() (user pages)
testcases/xf-sendpage-unix-only.c:26:2: note: new reference taken by get_page()
testcases/xf-sendpage-unix-only.c:28:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/xf-sendpage-unix-only.c:27:2: note: not device I/O: unix_stream_sendpage() puts the page in an AF_UNIX skb: only the receiver's CPU copies it (rules.yaml cpu_carriers)
 * check-output-end
 */
#include "xf/net.h"

/* net/unix/af_unix.c (6.1.192) with skb_append_pagefrags() inlined: the
 * page gets a reference and goes into an AF_UNIX skb, which only the
 * receiver's CPU copies */
static int unix_stream_sendpage(struct socket *socket, struct page *page, int offset,
				size_t size, int flags)
{
	struct sk_buff *skb = socket->sk->tail;

	(void)flags;
	get_page(page);
	skb_fill_page_desc(skb, 0, page, offset, (int)size);
	return (int)size;
}

const struct proto_ops unix_stream_ops = {
	.sendpage = unix_stream_sendpage,
};

int send_user_page(struct socket *sock, unsigned long addr)
{
	struct page *pages[1];
	int ret;

	if (get_user_pages_fast(addr, 1, 0, pages) != 1)
		return -EFAULT;
	ret = sock->ops->sendpage(sock, pages[0], 0, PAGE_SIZE, 0);
	put_page(pages[0]);
	return ret;
}
