/*
 * check-name: rules loader rejects unknown-class.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/unknown-class.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/unknown-class.yaml:3:32: unknown class 'sinker' (expected one of: origin, acquire, guard, sink, release, lock, unlock, convert, not_secure, cpu_map, cpu_access, wrap)
 * check-output-end
 */
int unused;
