/*
 * check-name: tree: a worker that crashes costs its file only, which is listed with the signal
 * check-command: PAGECHECK_TEST_CRASH=fs/pages.c testcases/tree-run pagecheck -j2
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: mini (x86_64): 4 of 5 .c files call a sink or guard; 4 to parse, 0 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 5 .c files scanned, 4 candidates: 2 analyzed, 2 not analyzed (1 crashed, 0 timed out); 4 parsed, 0 from the cache
findings: 1 (0 definite, 1 possible)
  missing-accessible          0 definite    1 possible
per directory:             files  not analyzed  findings  definite
  drivers/                     3             1         1         0
  fs/                          1             1         0         0
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
not analyzed: fs/pages.c: pagecheck crashed on it (signal 6, Aborted)
reports: TMP/reports/findings.txt, TMP/reports/findings.json
exit 2
drivers/sub/flagged.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
drivers/sub/flagged.c:10:2: note: 'page' has unknown origin (parameter or caller-provided page)
drivers/sub/flagged.c:10:2: note: new reference taken by get_page()
drivers/sub/flagged.c:12:9: note: I/O starts here: dma_map_sg() submits the carrier
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
fs/pages.c: not analyzed: pagecheck crashed on it (signal 6, Aborted)
 * check-output-end
 */
