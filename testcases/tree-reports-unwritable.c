/*
 * check-name: tree: reports that cannot be written (a full disk) fail the run with the path and the reason, and leave the last run's findings.json whole
 * check-command: TREE_RUNS=2 TREE_FSIZE=2 testcases/tree-run pagecheck -j2 | grep -E "^run|report|^exit|whole|temporary"; testcases/tree-run pagecheck --reports=/dev/null/reports | grep -E "reports|^exit"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
reports: TMP/reports/findings.txt, TMP/reports/findings.json
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
pagecheck: TMP/reports/.findings.json.tmp: cannot write the report: File too large
exit status 2: the audit is incomplete: the reports could not be written (the last ones are left as they were)
exit 2
findings.json is whole: 3 findings
pagecheck: /dev/null/reports: cannot create the reports dir: Not a directory
exit 2
 * check-output-end
 */
