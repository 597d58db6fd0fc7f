/*
 * check-name: tree: a .c file no Makefile names that another .c file of its directory (or the one above) #includes is not built as an object of its own, with the includer as the reason (md's raid1-10.c, i915's selftests); its sites stay in the inventory as unanalyzed
 * check-command: TREE_RUNS=2 TREE_APPEND=drivers/misc/broken.c:trees/fragments/include-no-io.txt TREE_THEN='python3 -c "import json; d = json.load(open(\"reports/findings.json\")); [print(s[\"file\"], s[\"function\"], s[\"api\"], s[\"verdict\"]) for s in d[\"sites\"] if s[\"file\"].startswith(\"drivers/misc\")]"' testcases/tree-run pagecheck -j2 | grep -E "misc/|^run"
 *
 * check-output-start
run 1:
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
run 2:
not built: drivers/misc/no_io.c: not an object of its own: #included by drivers/misc/broken.c (compiled as a part of it)
not analyzed: drivers/misc/broken.c: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/misc/broken.c: not analyzed: drivers/misc/broken.c:3:37: error: expected ';' after expression
drivers/misc/no_io.c: not built: not an object of its own: #included by drivers/misc/broken.c (compiled as a part of it)
drivers/misc/broken.c keep get_page unanalyzed
drivers/misc/no_io.c hold get_page unanalyzed
 * check-output-end
 */
