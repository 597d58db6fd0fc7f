/*
 * check-name: 6.5+ MSG_SPLICE_PAGES (rules.yaml unpinned_extracts, from: iov_iter.bvec[]): in skb_splice_from_iter() iov_iter_extract_pages() hands back the pages some sender wrapped in the iterator (no reference, no guard); with no iov_iter_bvec() in the analyzed files their origin is unknown, so skb_append_pagefrags()'s frag is possible, not definite, and the extraction's site still missing through the helper
 * check-command: pagecheck $file; pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
testcases/ca-msg-splice-pages-unwrapped.c:30:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ca-msg-splice-pages-unwrapped.c:29:2: note: 'page' is parameter 2 of skb_append_pagefrags(): its callers hand it unknown pages
testcases/ca-msg-splice-pages-unwrapped.c:48:9: note: skb_splice_from_iter() passes 'pages[]' to skb_append_pagefrags()
testcases/ca-msg-splice-pages-unwrapped.c:40:16: note: origin: 'pages[]' comes from iov_iter_extract_pages() (unknown pages)
testcases/ca-msg-splice-pages-unwrapped.c:29:2: note: new reference taken by get_page()
testcases/ca-msg-splice-pages-unwrapped.c:31:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-msg-splice-pages-unwrapped.c:40:16: note: the new reference it is about: iov_iter_extract_pages() in skb_splice_from_iter() (testcases/ca-msg-splice-pages-unwrapped.c:40)
testcases/ca-msg-splice-pages-unwrapped.c:40:16: site: iov_iter_extract_pages() in skb_splice_from_iter() ('pages[]') reaches I/O without the guard further on (missing)
testcases/ca-msg-splice-pages-unwrapped.c:29:2: note: it is handed to skb_append_pagefrags()
testcases/ca-msg-splice-pages-unwrapped.c:30:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible)
skb_append_pagefrags get_page page missing 
skb_splice_from_iter iov_iter_extract_pages pages[] missing handed to skb_append_pagefrags(); reaches I/O without the guard in skb_append_pagefrags() (testcases/ca-msg-splice-pages-unwrapped.c:30, possible)
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
