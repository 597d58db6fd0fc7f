/*
 * check-name: tree: when stderr is not a terminal, a status line shows every few seconds that the run is alive
 * check-command: TREE_KEEP_PROGRESS=1 PAGECHECK_TEST_HANG=fs/pages.c testcases/tree-run pagecheck -j2 --timeout 3 | grep -m1 "^pagecheck: status:" | sed -E "s/[0-9]+m[0-9]+s elapsed, ETA .*/TIME/; s/[0-9]+/N/g"
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: status: N/N files parsed, N findings, N not analyzed, TIME
 * check-output-end
 */
