/*
 * check-name: tree: a judgement snapshot cut short (pagecheck-cache/judged.json) is not read: the warm run judges the program again, with the same findings
 * check-command: TREE_RUNS=2 TREE_DAMAGE="judged.json" testcases/tree-run pagecheck -j1 | grep -E "^(run|across|findings:|sites:)"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
across files: 5 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
sites: 6 new-reference sites: 3 missing, 1 guarded, 1 escapes, 1 unanalyzed
run 2:
across files: 5 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
sites: 6 new-reference sites: 3 missing, 1 guarded, 1 escapes, 1 unanalyzed
 * check-output-end
 */
