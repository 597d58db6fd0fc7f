/*
 * check-name: kbuild-style flags after the file: gcc-only and sparse flags are dropped, -D/-I kept; sparse mode exits 0
 * check-command: pagecheck -D__linux__ -Wbitwise --arch=x86 -m64 -Wp,-MMD,x.d -fconserve-stack -mindirect-branch=thunk-extern -falign-jumps=1 -DUSE_CACHE -Itestcases $file
 * check-exit-value: 0
 *
 * check-output-start
testcases/cli-compile-flags.c:24:9: warning: 'page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/cli-compile-flags.c:20:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/cli-compile-flags.c:24:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"

#ifndef USE_CACHE
#error "-D flags must reach the parser"
#endif

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
