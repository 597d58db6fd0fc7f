/*
 * check-name: the bodies of the functions in the headers the file begins by including are skipped (clang's preamble): an error inside one does not stop the file's own analysis
 * check-command: pagecheck $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/cli-header-bodies-skipped.c:21:9: warning: 'page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/cli-header-bodies-skipped.c:17:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/cli-header-bodies-skipped.c:21:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"
#include "broken/inline-body-error.h"

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
