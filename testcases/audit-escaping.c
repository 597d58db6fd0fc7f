/*
 * check-name: audit: strings from findings.json and from the sources never become markup in index.html or report.md
 * check-command: TREE_THEN='python3 -c "import json; p = \"reports/findings.json\"; d = json.load(open(p)); f = d[\"findings\"][0]; f[\"message\"] = \"<img src=x onerror=alert(1)> & \\\"q\\\"\"; f[\"function\"] = \"</script><b>f|g\"; d[\"sites\"][0][\"api\"] = \"<script>alert(2)</script>\"; json.dump(d, open(p, \"w\"))"; sed -i "6s|^|/* </details><script>alert(3)</script> */|" mini/fs/pages.c; echo then:; $PAGECHECK audit reports >/dev/null; echo "exit $?"; grep -c "<img\|<script>alert\|</script><b>\|</details><script>" reports/index.html; grep -o "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;" reports/index.html | head -n 1; grep -o "&lt;script&gt;alert(2)&lt;/script&gt;" reports/index.html | head -n 1; grep -c "<script>" reports/index.html; grep -c "[^\\\\]<\|^<" reports/report.md; grep -c "alert(3)" reports/index.html; grep -o "\\\\<img src=x onerror=alert(1)\\\\> & \"q\"" reports/report.md | head -n 1; grep -o "\\\\</script\\\\>\\\\<b\\\\>f\\\\|g" reports/report.md | head -n 1' testcases/tree-run pagecheck -j2 | sed -n "/^then:/,\$p"
 * check-exit-value: 0
 *
 * check-output-start
then:
exit 1
0
&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;
&lt;script&gt;alert(2)&lt;/script&gt;
1
0
1
\<img src=x onerror=alert(1)\> & "q"
\</script\>\<b\>f\|g
 * check-output-end
 */
