/*
 * check-name: rules loader rejects unknown-key.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/unknown-key.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/unknown-key.yaml:2:47: unknown key 'colour' for class acquire
 * check-output-end
 */
int unused;
