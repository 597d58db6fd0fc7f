/*
 * check-name: the reference is dropped before the I/O starts
 * check-exit-value: 1
 *
 * check-output-start
testcases/iwr-put-before-io.c:26:8: warning: 'page' reaches I/O in kernel_sendpage() with no reference held (definite) [io-without-ref]
testcases/iwr-put-before-io.c:16:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/iwr-put-before-io.c:21:6: note: arch_make_page_accessible() called here
testcases/iwr-put-before-io.c:26:8: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);
	int ret;

	if (!page)
		return -ENOMEM;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	put_page(page);
	ret = kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
	return ret;
}
