/*
 * check-name: audit: index.html, report.md and findings.sarif from the mini tree's findings.json, beside it
 * check-command: TREE_THEN='$PAGECHECK audit reports; echo "exit $?"; ls reports | grep -v "^engines\|^summary"; grep -c "<tr class=\"site\"" reports/index.html; grep -c "<details class=\"finding\"" reports/index.html; grep -o "<body[^>]*>" reports/index.html; grep -c "<svg class=\"chart\"" reports/index.html; grep -o "class=\"num\"" reports/index.html | wc -l; grep -o "class=\"fn-head\">[^<]*" reports/index.html; grep -o "crosses [^<]*<code>[^<]*" reports/index.html; grep -c "<link\|src=\|url(" reports/index.html; grep "^| \(tree\|kernel version\|new-reference sites\|findings\) \|^### \|^## " reports/report.md; python3 -c "import json; d = json.load(open(\"reports/findings.sarif\")); r = d[\"runs\"][0]; print(d[\"version\"], [x[\"id\"] for x in r[\"tool\"][\"driver\"][\"rules\"]]); [print(x[\"ruleId\"], x[\"level\"], x[\"locations\"][0][\"physicalLocation\"][\"artifactLocation\"], list(x[\"partialFingerprints\"]), len(x[\"codeFlows\"][0][\"threadFlows\"][0][\"locations\"])) for x in r[\"results\"]]"' testcases/tree-run pagecheck -j2 | sed -n "/^audit: /,\$p"
 * check-exit-value: 0
 *
 * check-output-start
audit: reports/index.html
audit: reports/report.md
audit: reports/findings.sarif
exit 1
findings.json
findings.sarif
findings.txt
index.html
report.md
6
3
<body data-sites="6" data-findings="3">
1
10
class="fn-head">drivers/gpu/kfd/kfd_svm.c: kfd_map
class="fn-head">drivers/sub/flagged.c: map_one
class="fn-head">fs/pages.c: read_user_pages
crosses 1 function in 1 file: <code>drivers/gpu/kfd/kfd_svm.c
crosses 1 function in 1 file: <code>drivers/sub/flagged.c
crosses 1 function in 1 file: <code>fs/pages.c
0
| tree | mini |
| new-reference sites | 6 |
| findings | 3 (2 definite) |
## Sites by verdict
## Inventory: 6 new-reference sites
## Findings: 3
### 1. definite missing-accessible: drivers/gpu/kfd/kfd\_svm.c:11, kfd\_map()
### 2. possible missing-accessible: drivers/sub/flagged.c:11, map\_one()
### 3. definite missing-accessible: fs/pages.c:9, read\_user\_pages()
2.1.0 ['missing-accessible', 'unchecked-accessible', 'io-without-ref', 'accessible-before-ref']
missing-accessible error {'uri': 'drivers/gpu/kfd/kfd_svm.c', 'uriBaseId': 'SRCROOT'} ['pagecheckFingerprint/v1'] 3
missing-accessible warning {'uri': 'drivers/sub/flagged.c', 'uriBaseId': 'SRCROOT'} ['pagecheckFingerprint/v1'] 4
missing-accessible error {'uri': 'fs/pages.c', 'uriBaseId': 'SRCROOT'} ['pagecheckFingerprint/v1'] 3
 * check-output-end
 */
