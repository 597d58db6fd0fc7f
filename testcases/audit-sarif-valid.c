/*
 * check-name: audit: findings.sarif of the mini tree validates with the SARIF multitool (make deps installs it), and a damaged SARIF file does not
 * check-command: TOOLS=$PWD/tools TREE_THEN='$PAGECHECK audit reports >/dev/null; $TOOLS/sarif-validate reports/findings.sarif; echo "exit $?"; python3 -c "import json; p = \"reports/findings.sarif\"; d = json.load(open(p)); del d[\"runs\"][0][\"results\"][0][\"message\"]; json.dump(d, open(p, \"w\"))"; $TOOLS/sarif-validate reports/findings.sarif ; echo "exit ${PIPESTATUS[0]}"' testcases/tree-run pagecheck -j2 | sed -n "/^sarif/,\$p"
 * check-exit-value: 0
 *
 * check-output-start
sarif: valid, 1 warnings
exit 0
error JSON1002: runs[0].results[0] message
sarif: invalid, 0 warnings
exit 1
 * check-output-end
 */
