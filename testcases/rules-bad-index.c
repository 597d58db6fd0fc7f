/*
 * check-name: rules loader rejects bad-index.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/bad-index.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/bad-index.yaml:2:58: page must be an argument index (0..64), got 'one'
 * check-output-end
 */
int unused;
