/*
 * check-name: tree: a warm run whose files' IRs and results did not change reads the last judgement across files back (judge_snapshot.c) with the same findings and sites; an edited file makes the program be judged again, and its new caller's finding appears
 * check-command: TREE_RUNS=3 TREE_APPEND=fs/pages.c:trees/append-caller.c testcases/tree-run pagecheck -j1 | grep -E "^(run|across|findings:|sites:)"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
across files: 5 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
sites: 6 new-reference sites: 3 missing, 1 guarded, 1 escapes, 1 unanalyzed
run 2:
across files: 5 functions of 5 files, as the last run judged them (no file's IR or result changed); summaries in TMP/build/pagecheck-summaries.json
findings: 3 (2 definite, 1 possible)
sites: 6 new-reference sites: 3 missing, 1 guarded, 1 escapes, 1 unanalyzed
run 3:
across files: 6 functions of 5 files judged together; summaries in TMP/build/pagecheck-summaries.json
findings: 3 (3 definite, 0 possible)
sites: 7 new-reference sites: 4 missing, 1 guarded, 1 escapes, 1 unanalyzed
 * check-output-end
 */
