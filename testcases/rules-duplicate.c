/*
 * check-name: rules loader rejects duplicate.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/duplicate.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/duplicate.yaml:3:5: 'get_page' is defined twice
 * check-output-end
 */
int unused;
