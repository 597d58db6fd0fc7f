/*
 * check-name: check-patch through NIPA's contract (tools/nipa-pagecheck, the patch committed as HEAD): 1 with a new definite finding, 250 with only new possible ones, 0 when clean or fixing, each with a one-line summary; and the kernel test robot's layout (--format=robot): every finding of the touched files, the new ones marked >>
 * check-command: testcases/patch-run pagecheck 'export PAGECHECK=$PC; git checkout -q HEAD~3; $NIPA; echo "exit $?"; git checkout -q master; git checkout -q HEAD~2; $NIPA; echo "exit $?"; git checkout -q master; git checkout -q HEAD~1; $NIPA; echo "exit $?"; git checkout -q master; $NIPA; echo "exit $?"; $PC check-patch --format=robot --since HEAD~4'
 *
 * check-output-start
pagecheck: 1 new definite, 0 new possible finding(s)
fs/pages.c:19:2: ERROR: 'cached' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 1
pagecheck: no new findings
exit 0
pagecheck: no new findings
exit 0
pagecheck: 1 new possible finding(s)
drivers/sub/flagged.c:25:2: WARNING: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
exit 250
   drivers/sub/flagged.c:11:2: WARNING: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
>> drivers/sub/flagged.c:25:2: WARNING: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference [missing-accessible]
   fs/pages.c:10:2: ERROR: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference [missing-accessible]
 * check-output-end
 */
