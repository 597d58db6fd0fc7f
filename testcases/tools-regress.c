/*
 * check-name: tools/regress (make regress) reads an expectation file against a findings.json: each kind passes and fails as documented, gap lines are XFAIL/XPASS, the summary counts and the exit status follow
 * check-command: ./tools/regress testcases/regress/fixture/all.expect testcases/regress/fixture/findings.json; echo "exit $?"
 *
 * check-output-start
PASS definite a.c hole (found: definite missing-accessible)
PASS reported a.c maybe (found: possible missing-accessible)
PASS not-definite a.c maybe (found: possible missing-accessible)
PASS silent a.c stolen (found: nothing)
PASS site a.c stolen not-secure (found: nothing)
PASS analyzed a.c (found: nothing)
PASS path a.c hole caller (found: definite missing-accessible)
FAIL path a.c hole other (found: definite missing-accessible)  # fails: not in the trace
FAIL definite a.c maybe (found: possible missing-accessible)  # fails: only possible
XFAIL silent a.c hole (found: definite missing-accessible)  # known gap, still failing
XPASS silent a.c clean (found: nothing)  # known gap that now holds
8 passed, 3 failed
exit 1
 * check-output-end
 */
int unused;
