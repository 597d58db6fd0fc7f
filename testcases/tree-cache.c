/*
 * check-name: tree: a second run re-parses nothing; a touched header re-parses its includer only
 * check-command: TREE_RUNS=3 TREE_TOUCH=drivers/sub/inc/sub_private.h testcases/tree-run pagecheck -j1 | grep -E "^(run|exit|pagecheck: mini|findings:)"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 6 parsed, 0 from the cache
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 0 to parse, 6 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 0 parsed, 6 from the cache
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 3:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 1 to parse, 5 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 1 parsed, 5 from the cache
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
 * check-output-end
 */
