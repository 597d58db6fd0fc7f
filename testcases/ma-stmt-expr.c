/*
 * check-name: the reference is taken inside a GNU statement expression
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-stmt-expr.c:22:9: warning: '__p' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-stmt-expr.c:16:22: note: '__p' comes from read_mapping_page() (pagecache pages), which takes a new reference
testcases/ma-stmt-expr.c:22:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"

int send(struct socket *sock, struct address_space *mapping, unsigned long index)
{
	struct page *page = ({
		struct page *__p = read_mapping_page(mapping, index, NULL);
		__p;
	});

	if (IS_ERR(page))
		return -EIO;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
