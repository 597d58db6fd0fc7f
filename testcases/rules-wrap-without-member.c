/*
 * check-name: rules loader rejects a wrap api without the member its pages go into (wrap-without-member.yaml) with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/wrap-without-member.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/wrap-without-member.yaml:2:5: wrap 'iov_iter_bvec' needs the carrier argument and the 'member' its pages go into
 * check-output-end
 */
int unused;
