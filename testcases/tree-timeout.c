/*
 * check-name: tree: a worker past --timeout is killed and its file listed
 * check-command: PAGECHECK_TEST_HANG=drivers/sub/flagged.c testcases/tree-run pagecheck -j2 --timeout 1
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: mini (x86_64): 4 of 5 .c files call a sink or guard; 4 to parse, 0 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 5 .c files scanned, 4 candidates: 2 analyzed, 2 not analyzed (0 crashed, 1 timed out); 4 parsed, 0 from the cache
findings: 1 (1 definite, 0 possible)
  missing-accessible          1 definite    0 possible
per directory:             files  not analyzed  findings  definite
  drivers/                     3             2         0         0
  fs/                          1             0         1         1
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
not analyzed: drivers/sub/flagged.c: timed out after 1 s (--timeout)
reports: TMP/reports/findings.txt, TMP/reports/findings.json
exit 2
fs/pages.c:9:2: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
fs/pages.c:5:14: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
fs/pages.c:10:2: note: returns with the page attached to a live carrier: I/O starts in a caller
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/sub/flagged.c: not analyzed: timed out after 1 s (--timeout)
 * check-output-end
 */
