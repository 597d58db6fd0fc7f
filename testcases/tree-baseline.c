/*
 * check-name: tree: --baseline FILE reports only the findings the baseline does not have (findings.txt too); the summary says how many were left out; a bad baseline exits 2
 * check-command: testcases/tree-run pagecheck -j2 --baseline testcases/diff/mini-baseline.json | grep -E "^(findings|baseline|exit [0-9])|: warning:"; testcases/tree-run pagecheck -j2 --baseline /nonexistent.json | grep -E "baseline|^exit"
 *
 * check-output-start
findings: 1 (1 definite, 0 possible)
baseline: 2 findings of testcases/diff/mini-baseline.json left out (known)
exit 1
drivers/gpu/kfd/kfd_svm.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
pagecheck: --baseline /nonexistent.json: cannot be read as JSON: json_object_from_file: error opening file /nonexistent.json: No such file or directory
exit 2
 * check-output-end
 */
