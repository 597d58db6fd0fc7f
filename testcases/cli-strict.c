/*
 * check-name: --strict: a file that does not parse fails the run (exit 2) although the other file's finding is reported
 * check-command: pagecheck --strict testcases/broken/syntax-error.c testcases/cli-parse-failure.c
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: testcases/broken/syntax-error.c: not analyzed: testcases/broken/syntax-error.c:4:16: error: expected ';' after expression
testcases/cli-parse-failure.c:21:9: warning: 'page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/cli-parse-failure.c:17:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/cli-parse-failure.c:21:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
