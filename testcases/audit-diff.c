/*
 * check-name: audit --diff: the diff document of pagecheck diff (testcases/diff/old.json -> new.json) becomes the report's "Changes" section, one row per finding and site that appeared, disappeared or changed, as the text diff counts them
 * check-command: d=$(mktemp -d); cp testcases/diff/new.json $d/findings.json; pagecheck diff --format=json testcases/diff/old.json testcases/diff/new.json >$d/diff.json; pagecheck diff testcases/diff/old.json testcases/diff/new.json | tail -1; pagecheck audit --diff $d/diff.json $d >/dev/null; echo "exit $?"; grep -o '<h2 id="diff">[^<]*' $d/index.html; grep -o '<tr class="diff-[a-z]*"><td>[a-z]*</td><td><code>[^<]*' $d/index.html | sed 's/<[^>]*>/ /g'; rm -rf $d
 *
 * check-output-start
diff: findings 2 appeared, 1 disappeared, 1 changed; sites 1 appeared, 1 disappeared, 1 changed
exit 1
<h2 id="diff">Changes
  appeared   fs/pages.c:40
  appeared   fs/pages.c:44
  disappeared   drivers/gpu/kfd/kfd_svm.c:11
  changed   drivers/sub/flagged.c:11
  appeared   fs/pages.c:38
  disappeared   drivers/big/part/piece.c:5
  changed   drivers/gpu/kfd/kfd_svm.c:7
 * check-output-end
 */
int unused;
