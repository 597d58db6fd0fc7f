/*
 * check-name: rules loader rejects page-types-missing.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/page-types-missing.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/page-types-missing.yaml:1:1: no page_types defined (the structs whose values are pages)
 * check-output-end
 */
int unused;
