/*
 * check-name: rules loader rejects bad-value.yaml (an api whose value is neither page nor folio) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/bad-value.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/bad-value.yaml:2:54: value must be page or folio, got 'pfn'
 * check-output-end
 */
int unused;
