/*
 * check-name: the same extraction outside the functions unpinned_extracts lists pins (and guards) a user-backed iterator: silent; skb_splice_from_iter() whose helper makes the page accessible before the frag: silent, its site guarded
 * check-command: pagecheck $file; pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
skb_append_pagefrags get_page page guarded 
other_extract iov_iter_extract_pages pages[] guarded 
append_accessible get_page page guarded 
skb_splice_from_iter iov_iter_extract_pages pages[] guarded handed to append_accessible(): guarded there
 * check-output-end
 */
#include "kernel.h"

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

ssize_t other_extract(struct sk_buff *skb, struct iov_iter *iter, ssize_t maxsize,
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

int append_accessible(struct sk_buff *skb, struct page *page, int offset, size_t size,
		      size_t max_frags)
{
	int i = skb->len;

	if (i >= max_frags)
		return -ENOMEM;
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
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

		ret = append_accessible(skb, page, off, PAGE_SIZE, 17);
		if (ret < 0)
			goto out;
		spliced += PAGE_SIZE;
		len -= PAGE_SIZE;
	} while (len > 0);
out:
	return spliced ?: ret;
}
