/*
 * check-name: rules loader rejects page-types-not-a-tag.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/page-types-not-a-tag.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/page-types-not-a-tag.yaml:4:13: page_types structs: 'struct page' is not a struct name (the tag after 'struct', e.g. page)
 * check-output-end
 */
int unused;
