/*
 * check-name: tree: candidate files, kbuild flags per directory and object (a fragment directory takes the flags of the sibling whose Makefile includes it, as amdkfd takes amdgpu's), unanalyzed file listed, a file kbuild does not build for the config listed as not built with the option that is not set (not parsed, not an error)
 * check-command: testcases/tree-run pagecheck -j2
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: mini (x86_64): 7 of 7 .c files call a sink, a guard or take a new reference; 1 not built, 6 to parse, 0 from the cache, 2 jobs
pagecheck: mini (x86_64, .config): 7 .c files scanned, 7 candidates: 5 analyzed, 1 not built, 1 not analyzed (0 crashed, 0 timed out); 6 parsed, 0 from the cache
across files: 5 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
  missing-accessible          2 definite    1 possible
sites: 6 new-reference sites: 3 missing, 1 guarded, 1 escapes, 1 unanalyzed
per directory:             files  not built  not analyzed  findings  definite
  drivers/                     6          1             1         2         1
  fs/                          1          0             0         1         1
sites per directory:       sites missing guarded released escapes cpu-only not-secure kernel-private unanalyzed
  drivers/                     5       2       1        0       1        0          0              0          1
  fs/                          1       1       0        0       0        0          0              0          0
not built: drivers/other/other.c: CONFIG_OTHER is not set (obj-$(CONFIG_OTHER) in drivers/other/Makefile)
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
reports: TMP/reports/findings.txt, TMP/reports/findings.json
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
drivers/gpu/kfd/kfd_svm.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
drivers/gpu/kfd/kfd_svm.c:7:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
drivers/gpu/kfd/kfd_svm.c:12:9: note: I/O starts here: dma_map_sg() submits the carrier
drivers/sub/flagged.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
drivers/sub/flagged.c:10:2: note: 'page' has unknown origin (parameter or caller-provided page)
drivers/sub/flagged.c:10:2: note: new reference taken by get_page()
drivers/sub/flagged.c:12:9: note: I/O starts here: dma_map_sg() submits the carrier
fs/pages.c:9:2: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
fs/pages.c:5:14: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
fs/pages.c:10:2: note: returns with the page attached to a live carrier: I/O starts in a caller
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/other/other.c: not built: CONFIG_OTHER is not set (obj-$(CONFIG_OTHER) in drivers/other/Makefile)
 * check-output-end
 */
