/*
 * check-name: a file that does not parse is reported as not analyzed; the other file still is
 * check-command: pagecheck testcases/broken/syntax-error.c $file
 * check-exit-value: 1
 *
 * check-output-start
pagecheck: testcases/broken/syntax-error.c: not analyzed: testcases/broken/syntax-error.c:4:16: error: expected ';' after expression
testcases/cli-parse-failure.c:21:9: warning: 'page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/cli-parse-failure.c:17:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/cli-parse-failure.c:21:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
