/*
 * check-name: tree --strict: a file kbuild builds that did not parse fails the run (exit 2); without it the same run exits 1 for its findings
 * check-command: testcases/tree-run pagecheck --strict | grep -E "not analyzed:|^exit"
 * check-exit-value: 0
 *
 * check-output-start
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
exit status 2: 1 file not analyzed (--strict)
exit 2
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
 * check-output-end
 */
