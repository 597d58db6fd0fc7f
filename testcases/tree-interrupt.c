/*
 * check-name: tree: Ctrl-C while files are parsed stops the workers and writes no report; the next run resumes from what was cached
 * check-command: TREE_RUNS=2 TREE_INTERRUPT=fs/pages.c:5 testcases/tree-run pagecheck -j2 | grep -E "^run|interrupted|to parse|candidates|^exit|^findings"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 2 jobs
pagecheck: interrupted (Interrupt): 5 of 6 files parsed and cached; no reports written; the next run resumes from the cache
exit 130
run 2:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 1 to parse, 5 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 1 parsed, 5 from the cache
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
 * check-output-end
 */
