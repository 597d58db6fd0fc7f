/*
 * check-name: tree: a worker killed half-way through its cache entry costs its file only; its unsealed entry is never read back
 * check-command: TREE_RUNS=2 PAGECHECK_TEST_KILL=fs/pages.c testcases/tree-run pagecheck -j2 | grep -E "^run|to parse|candidates|killed|^exit"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 4 analyzed, 1 not built, 2 not analyzed (1 crashed, 0 timed out); 6 parsed, 0 from the cache
not analyzed: fs/pages.c: its worker was killed (signal 9, Killed: out of memory?)
exit status 1: findings; 2 files not analyzed (listed above; --strict fails the run)
exit 1
run 2:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 1 to parse, 5 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 4 analyzed, 1 not built, 2 not analyzed (1 crashed, 0 timed out); 1 parsed, 5 from the cache
not analyzed: fs/pages.c: its worker was killed (signal 9, Killed: out of memory?)
exit status 1: findings; 2 files not analyzed (listed above; --strict fails the run)
exit 1
fs/pages.c: not analyzed: its worker was killed (signal 9, Killed: out of memory?)
 * check-output-end
 */
