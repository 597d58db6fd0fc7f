/*
 * check-name: 6.5+ MSG_SPLICE_PAGES followed from splice_to_socket(): the pipe's pages go into a bio_vec array (bvec_set_page()), the array into the message's iterator (iov_iter_bvec(), a wrap into iov_iter.bvec[]), the message to sock_sendmsg(); skb_splice_from_iter()'s iov_iter_extract_pages() hands back what the wraps stored, as it is; skb_append_pagefrags() takes the reference and fills the frag: definite, with the path back to splice_to_socket()
 * check-command: pagecheck $file; pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
testcases/ca-msg-splice-pages.c:62:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-msg-splice-pages.c:61:2: note: 'page' is parameter 2 of skb_append_pagefrags(): its callers hand it user or pagecache pages
testcases/ca-msg-splice-pages.c:80:9: note: skb_splice_from_iter() passes 'pages[]' to skb_append_pagefrags()
testcases/ca-msg-splice-pages.c:72:16: note: origin: 'pages[]' comes from iov_iter_extract_pages(), which hands back the pages put in 'iov_iter.bvec[]' as they are
testcases/ca-msg-splice-pages.c:50:2: note: filled: 'iov_iter.bvec[]' is filled with user or page-cache pages in splice_to_socket()
testcases/ca-msg-splice-pages.c:61:2: note: new reference taken by get_page()
testcases/ca-msg-splice-pages.c:63:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-msg-splice-pages.c:72:16: note: the new reference it is about: iov_iter_extract_pages() in skb_splice_from_iter() (testcases/ca-msg-splice-pages.c:72)
testcases/ca-msg-splice-pages.c:72:16: site: iov_iter_extract_pages() in skb_splice_from_iter() ('pages[]') reaches I/O without the guard further on (missing)
testcases/ca-msg-splice-pages.c:61:2: note: it is handed to skb_append_pagefrags()
testcases/ca-msg-splice-pages.c:62:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite)
skb_append_pagefrags get_page page missing 
skb_splice_from_iter iov_iter_extract_pages pages[] missing handed to skb_append_pagefrags(); reaches I/O without the guard in skb_append_pagefrags() (testcases/ca-msg-splice-pages.c:62, definite)
 * check-output-end
 */
#include "kernel.h"

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

int skb_append_pagefrags(struct sk_buff *skb, struct page *page, int offset, size_t size,
			 size_t max_frags)
{
	int i = skb->len;

	if (i >= max_frags)
		return -ENOMEM;
	get_page(page);
	skb_fill_page_desc(skb, i, page, offset, size);
	return 0;
}

ssize_t skb_splice_from_iter(struct sk_buff *skb, struct iov_iter *iter, ssize_t maxsize,
			     gfp_t gfp)
{
	struct page *pages[8], **ppages = pages;
	ssize_t spliced = 0, ret = 0;
	size_t off;
	ssize_t len = iov_iter_extract_pages(iter, &ppages, maxsize, 8, 0, &off);
	int i = 0;

	if (len <= 0)
		return len;
	do {
		struct page *page = pages[i++];

		ret = skb_append_pagefrags(skb, page, off, PAGE_SIZE, 17);
		if (ret < 0)
			goto out;
		spliced += PAGE_SIZE;
		len -= PAGE_SIZE;
	} while (len > 0);
out:
	return spliced ?: ret;
}
