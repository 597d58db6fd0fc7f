/*
 * check-name: rules loader rejects rule-fix-incomplete.yaml (a fixes entry without all of get, unlock, guard, put, error) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/rule-fix-incomplete.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/rule-fix-incomplete.yaml:9:9: a fixes entry needs get, unlock, guard, put and error
 * check-output-end
 */
int unused;
