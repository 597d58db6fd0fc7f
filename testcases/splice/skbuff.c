/* net/core/skbuff.c (6.12), cut down: skb_splice_from_iter() extracts an
 * iterator's pages (the array through **ppages = pages) and hands each to
 * skb_append_pagefrags(), which takes the reference and fills the frag. */
#include "splice.h"
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
