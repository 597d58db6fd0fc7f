/*
 * check-name: -p reads the file's flags from compile_commands.json (here: -DUSE_CACHE and -I)
 * check-command: d=$(mktemp -d) && printf '[{"directory":"%s","file":"$file","arguments":["gcc","-DUSE_CACHE","-Itestcases","-fconserve-stack","-c","$file"]}]' "$PWD" >$d/compile_commands.json && pagecheck -p $d $file 2>&1 | sed "s|$PWD/||"; r=${PIPESTATUS[0]}; rm -rf $d; exit $r
 * check-exit-value: 1
 *
 * check-output-start
testcases/cli-compile-commands.c:24:9: warning: 'page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/cli-compile-commands.c:20:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/cli-compile-commands.c:24:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"

#ifndef USE_CACHE
#error "flags must come from compile_commands.json"
#endif

int send(struct socket *sock, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	return kernel_sendpage(sock, page, 0, PAGE_SIZE, 0);
}
