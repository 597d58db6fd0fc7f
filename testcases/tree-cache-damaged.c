/*
 * check-name: tree: cache entries cut short (an IR and a result) are said, parsed again, and give the same findings
 * check-command: TREE_RUNS=2 TREE_DAMAGE="fs%pages.c.json.ir drivers%sub%flagged.c.json" testcases/tree-run pagecheck -j2 | grep -E "^run|damaged|to parse|candidates|^exit|^findings"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 6 parsed, 0 from the cache
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
pagecheck: drivers/sub/flagged.c: its cache entry is damaged (TMP/build/pagecheck-cache/drivers%sub%flagged.c.json is missing, cut short or changed); parsing it again
pagecheck: fs/pages.c: its cache entry is damaged (TMP/build/pagecheck-cache/fs%pages.c.json.ir is missing, cut short or changed); parsing it again
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 2 to parse, 4 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 2 parsed, 4 from the cache
cache: 2 damaged entries parsed again
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
 * check-output-end
 */
