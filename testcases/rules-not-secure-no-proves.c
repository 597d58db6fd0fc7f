/*
 * check-name: rules loader rejects not-secure-no-proves.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/not-secure-no-proves.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/not-secure-no-proves.yaml:2:5: not_secure 'pipe_buf_try_steal' needs 'result: bool', 'proves: true|false' and a 'reason'
 * check-output-end
 */
int unused;
