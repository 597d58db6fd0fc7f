/*
 * check-name: rules loader rejects rule-not-registered.yaml (a rules entry whose id is not a rule of checkers/) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/rule-not-registered.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/rule-not-registered.yaml:6:3: 'missing-guard' is not a rule of checkers/check_list.h
 * check-output-end
 */
int unused;
