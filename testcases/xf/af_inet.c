/* net/ipv4/af_inet.c and tcp_ipv4.c: the inet family's ->sendpage goes to
 * the protocol's, which is tcp_sendpage() for TCP */
#include "net.h"

int inet_sendpage(struct socket *sock, struct page *page, int offset, size_t size,
		  int flags)
{
	struct sock *sk = sock->sk;

	if (sk->sk_prot->sendpage)
		return sk->sk_prot->sendpage(sk, page, offset, size, flags);
	return sock_no_sendpage(sock, page, offset, size, flags);
}

const struct proto_ops inet_stream_ops = {
	.sendpage = inet_sendpage,
};

struct proto tcp_prot = {
	.sendpage = tcp_sendpage,
};
