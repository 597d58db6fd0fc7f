/*
 * check-name: one option parser for every command: the rule ids come from the checkers' registry, --help exits 0, bad options exit 2 and say why, a value may follow its option or be glued with =
 * check-command: pagecheck --list-rules; echo "exit $?"; pagecheck --help | head -n 1; pagecheck --help | grep -A1 "^Rules"; pagecheck --format 2>&1; echo "exit $?"; pagecheck --format=xml $file 2>&1; echo "exit $?"; pagecheck --engine clang --format json $file | grep -c '"findings":0'; pagecheck cocci --help | head -n 1; echo "exit ${PIPESTATUS[0]}"; pagecheck cocci -x 2>&1 | head -n 1; pagecheck cocci missing-accessible io-without-ref 2>&1 | head -n 1; pagecheck tree --help | grep -- "-j N"; pagecheck tree -j 2>&1; echo "exit $?"; pagecheck tree --strict=1 x 2>&1 | head -n 1; pagecheck tree a b 2>&1; echo "exit $?"
 * check-exit-value: 0
 *
 * check-output-start
missing-accessible
unchecked-accessible
io-without-ref
accessible-before-ref
exit 0
usage: pagecheck [options] <source.c>... [-- <compiler flags>]
Rules: missing-accessible, unchecked-accessible, io-without-ref,
accessible-before-ref.
pagecheck: --format needs a value
exit 2
pagecheck: unknown format 'xml' (text, json)
exit 2
1
usage: pagecheck cocci [--rules=FILE] <rule id>
exit 0
pagecheck: cocci: unknown option '-x'
usage: pagecheck cocci [--rules=FILE] <rule id>
  -j N                    parallel workers (default: every core)
pagecheck: -j needs a value
exit 2
pagecheck: tree: unknown option '--strict=1'
pagecheck: tree: one kernel tree at a time
exit 2
 * check-output-end
 */
#include "kernel.h"

/* no page: the options are the case, not the code */
int pages_needed(int bytes)
{
	return (bytes + PAGE_SIZE - 1) / PAGE_SIZE;
}
