/*
 * check-name: where clang cannot write the preamble (TMPDIR unwritable) the whole file is parsed as before, header bodies included: the same error then stops the file
 * check-command: TMPDIR=/nonexistent pagecheck $file
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: testcases/cli-header-bodies-no-tmpdir.c: not analyzed: testcases/broken/inline-body-error.h:5:23: error: expected expression
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
