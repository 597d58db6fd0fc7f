/*
 * check-name: tree: a worker past --timeout is killed and its file listed
 * check-command: PAGECHECK_TEST_HANG=drivers/sub/flagged.c testcases/tree-run pagecheck -j2 --timeout 1 | grep -E "candidates|not analyzed|^exit"
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 4 analyzed, 1 not built, 2 not analyzed (0 crashed, 1 timed out); 6 parsed, 0 from the cache
per directory:             files  not built  not analyzed  findings  definite
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
not analyzed: drivers/sub/flagged.c: timed out after 1 s (--timeout)
exit status 1: findings; 2 files not analyzed (listed above; --strict fails the run)
exit 1
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/sub/flagged.c: not analyzed: timed out after 1 s (--timeout)
 * check-output-end
 */
