/*
 * check-name: tree: pagecheck-ignore markers are read from the tree's files; a stale marker (one that suppresses nothing) is reported in findings.txt and counted in the summary
 * check-command: TREE_RUNS=2 TREE_APPEND=drivers/sub/flagged.c:trees/append-marker.c testcases/tree-run pagecheck -j1 | grep -E "^(run|suppressed:|exit)|pagecheck-ignore"
 *
 * check-output-start
run 1:
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
suppressed: 0 findings by pagecheck-ignore markers (listed in findings.txt with their reasons); 1 wrong markers
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
drivers/sub/flagged.c:23:1: warning: the pagecheck-ignore marker suppresses nothing [pagecheck-ignore]
 * check-output-end
 */
int unused;
