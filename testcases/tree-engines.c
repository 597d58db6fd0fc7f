/*
 * check-name: tree --engine=all: Coccinelle runs on the candidates, agrees with clang on both findings, and its per-file results are cached; --engine=cocci alone
 * check-command: TREE_RUNS=2 testcases/tree-run pagecheck -j2 --engine=all | grep -E "^(run|exit)|Coccinelle|engines:|findings:" | sed "s/in [0-9.]* s/in N s/"; testcases/tree-run pagecheck -j2 --engine=cocci | grep -E "^(exit)|Coccinelle|findings:|warning" | sed "s/in [0-9.]* s/in N s/"
 *
 * check-output-start
run 1:
pagecheck: Coccinelle on the 6 candidates built
Coccinelle: spatch read 6 files in N s
engines: 3 found by both, 0 by clang only, 0 by Coccinelle only on files clang could not parse (reported), 0 by Coccinelle only on files clang analyzed (not reported: engines.txt)
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
pagecheck: Coccinelle on the 6 candidates built
Coccinelle: spatch read 0 files in N s
engines: 3 found by both, 0 by clang only, 0 by Coccinelle only on files clang could not parse (reported), 0 by Coccinelle only on files clang analyzed (not reported: engines.txt)
findings: 3 (2 definite, 1 possible)
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
pagecheck: Coccinelle on the 6 candidates built
Coccinelle: spatch read 6 files in N s
findings: 3 (2 definite, 1 possible)
exit status 1: findings
exit 1
drivers/gpu/kfd/kfd_svm.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after find_get_page() took a new reference on line 7 (definite) [missing-accessible]
drivers/gpu/kfd/kfd_svm.c:7:1: note: Coccinelle's match starts here
drivers/gpu/kfd/kfd_svm.c:11:2: note: found by Coccinelle (cocci/missing-accessible.cocci)
drivers/sub/flagged.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 10 (possible) [missing-accessible]
drivers/sub/flagged.c:10:1: note: Coccinelle's match starts here
drivers/sub/flagged.c:11:2: note: found by Coccinelle (cocci/missing-accessible.cocci)
fs/pages.c:9:2: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after iov_iter_get_pages2() took a new reference on line 5 (definite) [missing-accessible]
fs/pages.c:5:1: note: Coccinelle's match starts here
fs/pages.c:9:2: note: found by Coccinelle (cocci/missing-accessible.cocci)
 * check-output-end
 */
