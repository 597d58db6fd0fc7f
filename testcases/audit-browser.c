/*
 * check-name: audit: index.html in headless Chromium: its rows and findings are the JSON's, a verdict filter hides the other rows, a path expands; a screenshot in build/audit-mini.png
 * check-command: TOOLS=$PWD/tools SHOT=$PWD/build/audit-mini.png TREE_THEN='$PAGECHECK audit reports >/dev/null; $TOOLS/audit-browser reports $SHOT; echo "exit $?"' testcases/tree-run pagecheck -j2 | sed -n "/^sites [0-9]/,\$p"
 * check-exit-value: 0
 *
 * check-output-start
sites 6 of 6
findings 3 of 3
filter escapes: 1 shown, 1 wanted, 5 hidden
path expands: was closed, 3 of 3 steps visible
screenshot: written
audit-browser: ok
exit 0
 * check-output-end
 */
