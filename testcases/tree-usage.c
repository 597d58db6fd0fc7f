/*
 * check-name: tree: bad options and trees are errors that say why
 * check-command: pagecheck tree 2>&1 | head -n 1; pagecheck tree --no-such-option x 2>&1 | head -n 1; pagecheck tree --arch=arm64 testcases/trees/mini 2>&1; echo "exit $?"; pagecheck tree /nonexistent 2>&1; echo "exit $?"; pagecheck tree -j x testcases/trees/mini 2>&1; echo "exit $?"
 * check-exit-value: 0
 *
 * check-output-start
usage: pagecheck tree [options] <kernel source tree>
pagecheck: tree: unknown option '--no-such-option'
pagecheck: unsupported architecture 'arm64' (x86_64, s390)
exit 2
pagecheck: /nonexistent: not a kernel source tree (no Makefile)
exit 2
pagecheck: -j: 'x' is not a count
exit 2
 * check-output-end
 */
