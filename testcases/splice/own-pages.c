#include "splice.h"

/* a sender of its own pages (drivers/nvme/host/tcp.c-like): fresh pages
 * in a bio_vec, sent with MSG_SPLICE_PAGES */
int send_own_pages(struct socket *sock, size_t len)
{
	struct bio_vec bvec;
	struct msghdr msg = { .msg_flags = MSG_SPLICE_PAGES };
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	bvec_set_page(&bvec, page, len, 0);
	iov_iter_bvec(&msg.msg_iter, ITER_SOURCE, &bvec, 1, len);
	return sock_sendmsg(sock, &msg);
}
