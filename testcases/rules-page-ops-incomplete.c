/*
 * check-name: rules loader rejects page-ops-incomplete.yaml (a page_ops field with an I/O of its own but no reason) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/page-ops-incomplete.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/page-ops-incomplete.yaml:6:5: a page_ops entry with an effect needs field, page, 'sink: direct' and a reason
 * check-output-end
 */
int unused;
