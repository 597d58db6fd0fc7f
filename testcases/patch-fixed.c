/*
 * check-name: check-patch: a patch that fixes a hole: the text format names it "fixed:" (no ERROR:/WARNING:), b4's format prints nothing, exit 0; a tree that has the patch already (b4 prep, a commit) is compared with the patch reverted; --since REV compares REV with the working tree
 * check-command: testcases/patch-run pagecheck 'P=../../../patches; git checkout -q HEAD~3; $PC check-patch $P/fix.patch; echo "exit $?"; $PC check-patch --format=b4 $P/fix.patch; echo "exit $?"; git checkout -q master; $PC check-patch $P/fix.patch; echo "exit $?"; $PC check-patch --since HEAD~3 --format=b4; echo "exit $?"; $PC check-patch --since HEAD~4 | grep -c ERROR; git checkout -q HEAD~3; $PC check-patch --since HEAD~1; echo "exit $?"'
 *
 * check-output-start
fs/pages.c:19:2: fixed: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 0
exit 0
fs/pages.c:20:2: fixed: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 0
drivers/sub/flagged.c:25:2: WARNING: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 1
0
fs/pages.c:19:2: ERROR: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 1
 * check-output-end
 */
