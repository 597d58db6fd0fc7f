/*
 * check-name: rules loader rejects an unpinned_extracts entry whose 'from' no wrap api fills (unpinned-extract-from-unwrapped.yaml) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/unpinned-extract-from-unwrapped.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/unpinned-extract-from-unwrapped.yaml:6:73: unpinned_extracts: no wrap api above fills 'iov_iter.kvec[]'
 * check-output-end
 */
int unused;
