/*
 * check-name: iov_iter_get_pages2() (FOLL_GET) pages attached to skb frags, handed to the caller
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-iov-iter-skb.c:24:3: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-iov-iter-skb.c:20:11: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
testcases/ma-iov-iter-skb.c:28:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

int zerocopy_from_iter(struct sk_buff *skb, struct iov_iter *from, int frag)
{
	struct page *pages[8];
	size_t start;
	ssize_t copied;
	int n = 0;

	copied = iov_iter_get_pages2(from, pages, 65536, 8, &start);
	if (copied < 0)
		return -EFAULT;
	while (copied > 0) {
		skb_fill_page_desc(skb, frag++, pages[n], start, PAGE_SIZE);
		copied -= PAGE_SIZE;
		n++;
	}
	return 0;
}
