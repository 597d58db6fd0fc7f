/*
 * check-name: single files that cannot be read are bad input: each says why in one line, exit 2, nothing analyzed
 * check-command: t=$(mktemp -d); chmod 755 $t; cp $file $t/unreadable.c; chmod 000 $t/unreadable.c; mkfifo $t/fifo.c; pagecheck testcases/no-such-file.c; echo "exit $?"; pagecheck testcases/fp; echo "exit $?"; pagecheck testcases/fp/; echo "exit $?"; pagecheck $t/fifo.c 2>&1 | sed "s|$t|TMP|"; if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups pagecheck $t/unreadable.c; else pagecheck $t/unreadable.c; fi 2>&1 | sed "s|$t|TMP|"; pagecheck $file testcases/no-such-file.c; echo "exit $?"; rm -rf $t
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: testcases/no-such-file.c: No such file or directory
exit 2
pagecheck: testcases/fp: is a directory; use `pagecheck tree testcases/fp` for a kernel tree
exit 2
pagecheck: testcases/fp/: is a directory; use `pagecheck tree testcases/fp/` for a kernel tree
exit 2
pagecheck: TMP/fifo.c: not a regular file
pagecheck: TMP/unreadable.c: Permission denied
pagecheck: testcases/no-such-file.c: No such file or directory
exit 2
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
