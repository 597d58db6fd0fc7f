/*
 * check-name: a rules file that does not exist is an error, not an empty catalog
 * check-command: pagecheck --rules testcases/rules/no-such-file.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/no-such-file.yaml: cannot read the rule catalog: No such file or directory
 * check-output-end
 */
int unused;
