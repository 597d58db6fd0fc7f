/*
 * check-name: audit: no reports dir, a missing or damaged findings.json, a member missing and a bad --diff are errors that say which file and what, exit 2, and nothing is written
 * check-command: d=$(mktemp -d); pagecheck audit >$d/usage 2>&1; echo "exit $?"; head -n 1 $d/usage; rm $d/usage; pagecheck audit $d 2>&1 | sed "s|$d|D|"; echo "exit ${PIPESTATUS[0]}"; echo '{"findings": [' >$d/findings.json; pagecheck audit $d 2>&1 | sed "s|$d|D|; s|: not JSON: .*|: not JSON: (json-c says where)|"; echo "exit ${PIPESTATUS[0]}"; echo '[1]' >$d/findings.json; pagecheck audit $d 2>&1 | sed "s|$d|D|"; echo '{"findings": []}' >$d/findings.json; pagecheck audit $d 2>&1 | sed "s|$d|D|"; echo '{"findings": [{"file": "a.c", "line": 1, "rule": "r"}], "sites": []}' >$d/findings.json; pagecheck audit $d 2>&1 | sed "s|$d|D|"; echo '{"findings": [], "sites": [{"file": "a.c", "line": "7"}]}' >$d/findings.json; pagecheck audit $d 2>&1 | sed "s|$d|D|"; echo "exit ${PIPESTATUS[0]}"; echo '{"findings": [], "sites": []}' >$d/findings.json; echo '{"findings": []}' >$d/diff.json; pagecheck audit --diff $d/diff.json $d 2>&1 | sed "s|$d|D|"; echo "exit ${PIPESTATUS[0]}"; ls $d; pagecheck audit $d $d 2>&1 | sed "s|$d|D|g"; echo "exit ${PIPESTATUS[0]}"; rm -rf $d
 * check-exit-value: 0
 *
 * check-output-start
exit 2
usage: pagecheck audit [options] REPORTS_DIR
pagecheck: audit: D/findings.json: No such file or directory
exit 2
pagecheck: audit: D/findings.json: not JSON: (json-c says where)
exit 2
pagecheck: audit: D/findings.json: not a findings document (not an object)
pagecheck: audit: D/findings.json: not a findings document (no "sites" array)
pagecheck: audit: D/findings.json: findings[0]: no string "confidence"
pagecheck: audit: D/findings.json: sites[0]: no number "line"
exit 2
pagecheck: audit: D/diff.json: not a diff of pagecheck diff (no "findings" and "sites" objects)
exit 2
diff.json
findings.json
pagecheck: audit: one reports dir at a time ('D' and 'D')
exit 2
 * check-output-end
 */
