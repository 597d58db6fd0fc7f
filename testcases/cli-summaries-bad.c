/*
 * check-name: a summaries file that does not load (an unknown class, a missing file) is an error naming the file and the entry, exit 2
 * check-command: pagecheck --summaries testcases/rules/bad-summaries.json testcases/ok-guarded.c; echo "exit $?"; pagecheck --summaries testcases/rules/no-such-summaries.json testcases/ok-guarded.c
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/bad-summaries.json: malformed summary (entry 1)
exit 2
pagecheck: error: testcases/rules/no-such-summaries.json: No such file or directory
 * check-output-end
 */
