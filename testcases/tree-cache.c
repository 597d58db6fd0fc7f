/*
 * check-name: tree: a second run re-parses nothing; a touched header re-parses its includer only
 * check-command: TREE_RUNS=3 TREE_TOUCH=drivers/sub/inc/sub_private.h testcases/tree-run pagecheck -j1 | grep -E "^(run|exit|pagecheck: mini|findings:)"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 5 of 6 .c files call a sink or guard; 1 not built, 4 to parse, 0 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 6 .c files scanned, 5 candidates: 3 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 4 parsed, 0 from the cache
findings: 2 (1 definite, 1 possible)
exit status 2: files not analyzed (listed above) or a tool error
exit 2
run 2:
pagecheck: mini (x86_64): 5 of 6 .c files call a sink or guard; 1 not built, 0 to parse, 4 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 6 .c files scanned, 5 candidates: 3 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 0 parsed, 4 from the cache
findings: 2 (1 definite, 1 possible)
exit status 2: files not analyzed (listed above) or a tool error
exit 2
run 3:
pagecheck: mini (x86_64): 5 of 6 .c files call a sink or guard; 1 not built, 1 to parse, 3 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 6 .c files scanned, 5 candidates: 3 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 1 parsed, 3 from the cache
findings: 2 (1 definite, 1 possible)
exit status 2: files not analyzed (listed above) or a tool error
exit 2
 * check-output-end
 */
