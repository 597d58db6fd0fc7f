/*
 * check-name: tree: the workers write clang's preambles to the cache's tmp/, not to TMPDIR (here unwritable: fs/pages.c's header with a broken inline body is still skipped, so the file is analyzed), and what a killed worker left there is removed by the next run
 * check-command: TREE_THEN='printf "static inline int body_of_another_config(void)\n{\n\treturn 1 +;\n}\n" >mini/include/linux/body_error.h; sed -i "1i #include <linux/body_error.h>" mini/fs/pages.c; touch build/pagecheck-cache/tmp/preamble-left-by-a-killed-worker.pch; TMPDIR=/nonexistent $PAGECHECK tree mini -O build --reports reports --no-progress >/dev/null 2>&1; echo "second run: exit $?"; grep -c "^fs/pages.c:.*warning" reports/findings.txt; grep "fs/pages.c.*not analyzed" reports/findings.txt; echo "cache tmp/: [$(ls -A build/pagecheck-cache/tmp)]"' testcases/tree-run pagecheck -j2 | grep -E "^(second|cache|[0-9]|fs/)"
 * check-exit-value: 0
 *
 * check-output-start
fs/pages.c:9:2: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
fs/pages.c:5:14: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
fs/pages.c:10:2: note: returns with the page attached to a live carrier: I/O starts in a caller
second run: exit 1
1
cache tmp/: []
 * check-output-end
 */
