/*
 * check-name: two drivers' static copy_frags() in two files both named sge.c are two findings with two fingerprints (the file's path, not its name, is hashed), and neither names the other's find_get_page() as the new reference it is about
 * check-command: pagecheck testcases/xf/cxgb4/sge.c testcases/xf/cxgb4vf/sge.c; pagecheck --format=json testcases/xf/cxgb4/sge.c testcases/xf/cxgb4vf/sge.c | python3 -c 'import json, sys; print(len({f["fingerprint"] for f in json.load(sys.stdin)["findings"]}), "fingerprints")'
 *
 * check-output-start
testcases/xf/cxgb4/sge.c:9:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/cxgb4/sge.c:7:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/xf/cxgb4/sge.c:5:13: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/xf/cxgb4vf/sge.c:9:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/cxgb4vf/sge.c:7:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/xf/cxgb4vf/sge.c:5:13: note: returns with the page attached to a live carrier: I/O starts in a caller
2 fingerprints
 * check-output-end
 */
