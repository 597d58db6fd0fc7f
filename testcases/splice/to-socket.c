#include "splice.h"

/* fs/splice.c splice_to_socket(), cut down: the pipe's pages in a bio_vec
 * array, wrapped in the message's iterator, sent with MSG_SPLICE_PAGES */
ssize_t splice_to_socket(struct pipe_buffer *bufs, int nbufs, struct socket *sock, size_t len)
{
	struct bio_vec bvec[16];
	struct msghdr msg = {};
	unsigned int bc = 0;

	for (int i = 0; i < nbufs && bc < 16; i++) {
		struct pipe_buffer *buf = &bufs[i];

		bvec_set_page(&bvec[bc++], buf->page, buf->len, buf->offset);
	}
	msg.msg_flags = MSG_SPLICE_PAGES;
	iov_iter_bvec(&msg.msg_iter, ITER_SOURCE, bvec, bc, len);
	return sock_sendmsg(sock, &msg);
}
