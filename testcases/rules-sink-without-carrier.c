/*
 * check-name: rules loader rejects sink-without-carrier.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/sink-without-carrier.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/sink-without-carrier.yaml:2:5: sink 'submit_bio' needs a carrier argument
 * check-output-end
 */
int unused;
