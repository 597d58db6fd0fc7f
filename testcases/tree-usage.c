/*
 * check-name: tree: bad options, trees that are not kernel trees, and catalogs that are a directory or binary are errors that say why
 * check-command: pagecheck tree 2>&1 | head -n 1; pagecheck tree --no-such-option x 2>&1 | head -n 1; pagecheck tree --arch=arm64 testcases/trees/mini 2>&1; echo "exit $?"; pagecheck tree /nonexistent 2>&1; echo "exit $?"; pagecheck tree -j x testcases/trees/mini 2>&1; echo "exit $?"; pagecheck tree testcases/kernel.h 2>&1; pagecheck tree testcases/trees 2>&1; pagecheck tree testcases/trees/mini/drivers 2>&1; echo "exit $?"; pagecheck tree --rules=testcases/rules testcases/trees/mini 2>&1; pagecheck tree --rules=testcases/rules/binary.yaml testcases/trees/mini 2>&1; echo "exit $?"
 * check-exit-value: 0
 *
 * check-output-start
usage: pagecheck tree [options] <kernel source tree>
pagecheck: tree: unknown option '--no-such-option'
pagecheck: unsupported architecture 'arm64' (x86_64, s390)
exit 2
pagecheck: /nonexistent: No such file or directory
exit 2
pagecheck: -j: 'x' is not a count
exit 2
pagecheck: testcases/kernel.h: not a kernel source tree (not a directory)
pagecheck: testcases/trees: not a kernel source tree (no Makefile)
pagecheck: testcases/trees/mini/drivers: not a kernel source tree (no arch/x86)
exit 2
pagecheck: error: testcases/rules: cannot read the rule catalog: is a directory
pagecheck: error: testcases/rules/binary.yaml: a binary file, not a YAML rule catalog
exit 2
 * check-output-end
 */
