/*
 * check-name: check-patch: a patch that adds a hole, on the tree before it: one ERROR: line (definite) with the tree-relative place, exit 1; the user's working tree is left as it was; the same through b4's stdin (-); an unrelated patch and a header-less one print nothing (exit 0)
 * check-command: testcases/patch-run pagecheck 'git checkout -q HEAD~4; P=../../../patches; $PC check-patch $P/hole.patch; echo "exit $?"; git status --short; $PC check-patch --format=b4 - <$P/hole.patch; echo "exit $?"; git checkout -q HEAD~3 2>/dev/null; git checkout -q master; git checkout -q HEAD~2; $PC check-patch - <$P/unrelated.patch; echo "exit $?"; echo "no diff" | $PC check-patch -; echo "exit $?"'
 *
 * check-output-start
fs/pages.c:19:2: ERROR: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 1
fs/pages.c:19:2: ERROR: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 1
exit 0
exit 0
 * check-output-end
 */
