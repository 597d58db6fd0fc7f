/*
 * check-name: rules loader rejects cpu-carrier-no-reason.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/cpu-carrier-no-reason.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/cpu-carrier-no-reason.yaml:4:5: a cpu_carriers entry needs function and reason
 * check-output-end
 */
int unused;
