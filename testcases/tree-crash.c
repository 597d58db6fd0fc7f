/*
 * check-name: tree: a worker that crashes costs its file only, which is listed with the signal
 * check-command: PAGECHECK_TEST_CRASH=fs/pages.c testcases/tree-run pagecheck -j2 | grep -E "candidates|not analyzed|^exit"
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 4 analyzed, 1 not built, 2 not analyzed (1 crashed, 0 timed out); 6 parsed, 0 from the cache
per directory:             files  not built  not analyzed  findings  definite
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
not analyzed: fs/pages.c: pagecheck crashed on it (signal 6, Aborted)
exit status 1: findings; 2 files not analyzed (listed above; --strict fails the run)
exit 1
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
fs/pages.c: not analyzed: pagecheck crashed on it (signal 6, Aborted)
 * check-output-end
 */
