/*
 * check-name: rules loader rejects an unpinned_extracts entry whose api does not fill a page array, with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/unpinned-extract-not-array.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/unpinned-extract-not-array.yaml:5:5: unpinned_extracts: 'get_page' must be an api above that fills a page array (pages:)
 * check-output-end
 */
