/*
 * check-name: rules loader rejects rule-no-fix-inside-list.yaml (no_fix_inside written as a list, not lock: unlock pairs) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/rule-no-fix-inside-list.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/rule-no-fix-inside-list.yaml:8:20: no_fix_inside must be a mapping of lock: unlock
 * check-output-end
 */
int unused;
