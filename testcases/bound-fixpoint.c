/*
 * check-name: PAGECHECK_TEST_BOUNDS=fixpoint=3: one function's fixpoint stops after three block visits, before the loop is done; the function is counted, so a silence after a cut is not taken for a proof
 * check-command: PAGECHECK_TEST_BOUNDS=fixpoint=3 pagecheck testcases/ok-guard-in-loop.c
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: truncated: 1 function (fixpoint budget: write_user() in testcases/ok-guard-in-loop.c)
 * check-output-end
 */
int unused;
