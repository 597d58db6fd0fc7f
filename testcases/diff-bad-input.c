/*
 * check-name: pagecheck diff: a missing file, a JSON that is no findings.json, a file that is no JSON, one or three documents, an unknown format: exit 2 with the file and problem named
 * check-command: pagecheck diff testcases/diff/old.json /nonexistent.json; echo "exit $?"; pagecheck diff testcases/diff/old.json testcases/diff/new.json --format=xml; echo "exit $?"; echo '{"findings": []}' >/tmp/pagecheck-diff-bad.json; pagecheck diff /tmp/pagecheck-diff-bad.json testcases/diff/old.json; echo "exit $?"; rm -f /tmp/pagecheck-diff-bad.json; pagecheck diff $file testcases/diff/old.json 2>&1 | sed 's/JSON: .*/JSON: .../'; pagecheck diff testcases/diff/old.json 2>&1 | sed -n 1p; echo "exit ${PIPESTATUS[0]}"; pagecheck diff a.json b.json c.json; echo "exit $?"
 *
 * check-output-start
pagecheck: diff: /nonexistent.json: cannot be read as JSON: json_object_from_file: error opening file /nonexistent.json: No such file or directory
exit 2
pagecheck: diff: unknown format 'xml' (text, json)
exit 2
pagecheck: diff: /tmp/pagecheck-diff-bad.json: not a findings.json (no "findings" and "sites" list)
exit 2
pagecheck: diff: testcases/diff-bad-input.c: cannot be read as JSON: ...
usage: pagecheck diff [--format=text|json] OLD.json NEW.json
exit 2
pagecheck: diff: two documents, OLD.json and NEW.json
exit 2
 * check-output-end
 */
