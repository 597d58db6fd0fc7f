/*
 * check-name: rules loader rejects cpu-access-no-reason.yaml (cpu_access entries, no cpu_access_reason for their findings' note) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/cpu-access-no-reason.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/cpu-access-no-reason.yaml:1:1: cpu_access 'memcpy' needs cpu_access_reason: why the CPU's access makes a page accessible
 * check-output-end
 */
int unused;
