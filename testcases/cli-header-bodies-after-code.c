/*
 * check-name: a header included after the file's first declaration is not in the preamble: its function bodies are parsed, and an error in one stops the file (not analyzed)
 * check-command: pagecheck $file
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: testcases/cli-header-bodies-after-code.c: not analyzed: testcases/broken/inline-body-error.h:5:23: error: expected expression
 * check-output-end
 */
#include "kernel.h"

int send(struct socket *sock, struct address_space *mapping);

#include "broken/inline-body-error.h"

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
