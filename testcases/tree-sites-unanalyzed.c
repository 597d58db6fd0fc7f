/*
 * check-name: tree: the inventory keeps the sites of a file that did not parse: each catalog acquire called in its text (outside comments and strings) is a site with the verdict unanalyzed, its enclosing function and the file's error as the reason; a sink alone is no site
 * check-command: TREE_THEN='python3 -c "import json; d = json.load(open(\"reports/findings.json\")); [print(s[\"file\"], s[\"line\"], s[\"column\"], s[\"function\"], s[\"api\"], s[\"verdict\"], s[\"reason\"]) for s in d[\"sites\"] if s[\"verdict\"] == \"unanalyzed\"]; print(d[\"tree\"][\"sites_by_verdict\"][\"unanalyzed\"])"' testcases/tree-run pagecheck -j2 | sed -n "/^drivers\/misc/,\$p"
 *
 * check-output-start
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/other/other.c: not built: CONFIG_OTHER is not set (obj-$(CONFIG_OTHER) in drivers/other/Makefile)
drivers/misc/broken.c 10 2 keep get_page unanalyzed drivers/misc/broken.c:3:37: error: expected ';' after expression
1
 * check-output-end
 */
