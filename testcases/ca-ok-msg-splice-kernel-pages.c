/*
 * check-name: MSG_SPLICE_PAGES where every sender wraps kernel-private pages (an nvme-tcp-like sender: alloc_page() pages in a bio_vec, iov_iter_bvec(), sock_sendmsg()): what skb_splice_from_iter() extracts is kernel-private, so skb_append_pagefrags() is silent and the extraction's site kernel-private
 * check-command: pagecheck $file; pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
send_own_pages alloc_page page kernel-private 
skb_append_pagefrags get_page page kernel-private 
skb_splice_from_iter iov_iter_extract_pages pages[] kernel-private 
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
