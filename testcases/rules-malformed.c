/*
 * check-name: rules loader rejects malformed.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/malformed.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/malformed.yaml:3:5: did not find expected ',' or '}' while parsing a flow mapping
 * check-output-end
 */
int unused;
