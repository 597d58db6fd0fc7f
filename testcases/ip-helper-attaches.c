/*
 * check-name: block O_DIRECT's shape (6.1 __bio_iov_iter_get_pages): user pages from iov_iter_get_pages2() are attached to the bio by a helper that does so on some path (like bio_add_hw_page(), which may merge instead): its summary makes it a sink
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-attaches.c:35:3: warning: 'pages[]' reaches I/O in add_one() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-helper-attaches.c:29:17: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
testcases/ip-helper-attaches.c:15:1: note: add_one() puts its argument 2 into a carrier (its summary)
testcases/ip-helper-attaches.c:21:2: note: in add_one(): put into a carrier by __bio_add_page()
testcases/ip-helper-attaches.c:36:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

static int add_one(struct bio *bio, struct page *page, unsigned int len, unsigned int off)
{
	if (len == 0) {
		put_page(page);		/* merged into the previous segment */
		return 0;
	}
	__bio_add_page(bio, page, len, off);
	return 0;
}

int get_pages(struct bio *bio, struct iov_iter *iter)
{
	struct page *pages[16];
	size_t offset;
	ssize_t size = iov_iter_get_pages2(iter, pages, 65536, 16, &offset);
	int i;

	if (size <= 0)
		return size ? size : -EFAULT;
	for (i = 0; size > 0; i++, size -= PAGE_SIZE)
		add_one(bio, pages[i], PAGE_SIZE, 0);
	return 0;
}
