/* What the MSG_SPLICE_PAGES testcases share: the iterator over a bio_vec
 * array and the message that carries it (include/linux/bvec.h, uio.h,
 * socket.h, cut down). */
#ifndef PAGECHECK_TEST_SPLICE_H
#define PAGECHECK_TEST_SPLICE_H
#include "../kernel.h"

#define MSG_SPLICE_PAGES 0x8000000
#define ITER_SOURCE 1

struct bio_vec { struct page *bv_page; unsigned int bv_len, bv_offset; };
struct iov_iter { unsigned char iter_type; size_t count; const struct bio_vec *bvec; };
struct msghdr { unsigned int msg_flags; struct iov_iter msg_iter; };

void bvec_set_page(struct bio_vec *bv, struct page *page, unsigned int len,
		   unsigned int offset);
void iov_iter_bvec(struct iov_iter *i, unsigned int direction, const struct bio_vec *bvec,
		   unsigned long nr_segs, size_t count);
int sock_sendmsg(struct socket *sock, struct msghdr *msg);

#endif
