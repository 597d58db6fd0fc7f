/*
 * check-name: rules loader rejects page-types-same-object.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/page-types-same-object.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/page-types-same-object.yaml:5:29: page_types same_object: 'pagevec.pages' must be 'struct.field' of a struct listed in structs
 * check-output-end
 */
int unused;
