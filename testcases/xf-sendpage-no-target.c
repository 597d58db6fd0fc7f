/*
 * check-name: a call through proto_ops.sendpage (sock->ops->sendpage, or a function-pointer variable assigned from it) is the I/O rules.yaml page_ops says when no function stored in the field is analyzed: a gup page sent unguarded is reported; guarded, or a kernel-private page: silent
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf-sendpage-no-target.c:34:8: warning: 'pages[]' reaches I/O in proto_ops.sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf-sendpage-no-target.c:32:6: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/xf-sendpage-no-target.c:34:8: note: I/O starts here: proto_ops.sendpage()
testcases/xf-sendpage-no-target.c:34:8: note: no function stored in proto_ops.sendpage is analyzed: it starts I/O on its argument 2 by rules.yaml page_ops: a socket's ->sendpage: inet's (net/ipv4/af_inet.c inet_sendpage()) gives it to TCP, which puts the page in an skb frag the NIC reads
testcases/xf-sendpage-no-target.c:91:8: warning: 'pages[]' reaches I/O in ceph_tcp_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf-sendpage-no-target.c:89:6: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/xf-sendpage-no-target.c:91:8: note: I/O starts here: ceph_tcp_sendpage()
testcases/xf-sendpage-no-target.c:67:1: note: ceph_tcp_sendpage() starts I/O on its argument 2 (its summary)
testcases/xf-sendpage-no-target.c:78:8: note: in ceph_tcp_sendpage(): I/O started by proto_ops.sendpage()
testcases/xf-sendpage-no-target.c:78:8: note: no function stored in proto_ops.sendpage is analyzed: it starts I/O on its argument 2 by rules.yaml page_ops: a socket's ->sendpage: inet's (net/ipv4/af_inet.c inet_sendpage()) gives it to TCP, which puts the page in an skb frag the NIC reads
 * check-output-end
 *
 * Nothing stored in proto_ops.sendpage is in the program (no af_inet.c,
 * no tcp.c): the call is the catalog's sink, as kernel_sendpage() is.
 * ceph_tcp_sendpage() is 6.1's net/ceph/messenger_v1.c: the variable holds
 * the field on one path and sock_no_sendpage() (a copy) on the other, so
 * the call is each of them on a path of its own.
 */
#include "xf/net.h"

/* a driver sending a user page it took with gup, as kernel_sendpage() does */
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

int send_guarded(struct socket *sock, unsigned long addr)
{
	struct page *pages[1];
	int ret;

	if (get_user_pages_fast(addr, 1, 0, pages) != 1)
		return -EFAULT;
	if (arch_make_page_accessible(pages[0])) {
		put_page(pages[0]);
		return -EIO;
	}
	ret = sock->ops->sendpage(sock, pages[0], 0, PAGE_SIZE, 0);
	put_page(pages[0]);
	return ret;
}

int send_kernel_page(struct socket *sock)
{
	struct page *page = alloc_page(GFP_KERNEL);
	int ret;

	if (!page)
		return -ENOMEM;
	ret = sock->ops->sendpage(sock, page, 0, PAGE_SIZE, 0);
	put_page(page);
	return ret;
}

static int ceph_tcp_sendpage(struct socket *sock, struct page *page, int offset, size_t size,
			     int more)
{
	ssize_t (*sendpage)(struct socket *sock, struct page *page, int offset, size_t size,
			    int flags);
	int ret;

	if (page->flags)
		sendpage = sock->ops->sendpage;
	else
		sendpage = sock_no_sendpage;
	ret = sendpage(sock, page, offset, size, more);
	if (ret == -EINVAL)
		ret = 0;
	return ret;
}

int send_through_variable(struct socket *sock, unsigned long addr)
{
	struct page *pages[1];
	int ret;

	if (get_user_pages_fast(addr, 1, 0, pages) != 1)
		return -EFAULT;
	ret = ceph_tcp_sendpage(sock, pages[0], 0, PAGE_SIZE, 1);
	put_page(pages[0]);
	return ret;
}
