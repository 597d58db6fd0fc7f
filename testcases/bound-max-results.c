/*
 * check-name: PAGECHECK_TEST_BOUNDS=max_results=0: no call result is remembered, so the test of the guard's result refines nothing and the page looks unchecked; the cut is counted beside the finding it caused
 * check-command: PAGECHECK_TEST_BOUNDS=max_results=0 pagecheck testcases/ok-guard-in-loop.c | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
testcases/ok-guard-in-loop.c:24:3: warning: result of arch_make_page_accessible() on 'pages[]' is not checked before I/O in __bio_add_page() (definite) [unchecked-accessible]
pagecheck: truncated: 1 function (call results tracked at once: write_user() in testcases/ok-guard-in-loop.c)
 * check-output-end
 */
int unused;
