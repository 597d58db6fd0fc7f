/*
 * check-name: tree: a caller added in another file makes a cached file's finding definite: the changed file alone is parsed again, its dependents are judged again from their cached IR
 * check-command: TREE_RUNS=2 TREE_APPEND=fs/pages.c:trees/append-caller.c testcases/tree-run pagecheck -j1 | grep -E "^(run|pagecheck: mini|across|findings:)|flagged.c|fs/pages.c:2"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 6 parsed, 0 from the cache
across files: 5 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
run 2:
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 1 to parse, 5 from the cache, 1 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 1 parsed, 5 from the cache
across files: 6 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (3 definite, 0 possible)
drivers/sub/flagged.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
drivers/sub/flagged.c:10:2: note: 'page' is parameter 3 of map_one(): its callers hand it user pages
fs/pages.c:23:9: note: send_user_page() passes 'pages[]' to map_one()
fs/pages.c:21:6: note: origin: 'pages[]' comes from get_user_pages_fast() (user pages)
drivers/sub/flagged.c:10:2: note: new reference taken by get_page()
drivers/sub/flagged.c:12:9: note: I/O starts here: dma_map_sg() submits the carrier
fs/pages.c:21:6: note: the new reference it is about: get_user_pages_fast() in send_user_page() (fs/pages.c:21)
fs/pages.c:21:6: site: get_user_pages_fast() in send_user_page() ('pages[]') reaches I/O without the guard further on (missing)
drivers/sub/flagged.c:10:2: note: it is handed to map_one()
drivers/sub/flagged.c:11:2: note: reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
