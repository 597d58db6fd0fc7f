/*
 * check-name: what a run over splice.c, socket.c and af_inet.c learned (--write-summaries) makes a later run on tcp.c alone (--summaries, as kbuild's CHECK= would) judge tcp_build_frag() definite
 * check-command: f=$(mktemp) && pagecheck --write-summaries $f testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c && pagecheck --summaries $f testcases/xf/tcp.c; s=$?; grep -A3 '"tcp_sendpage"' $f; rm -f $f; exit $s
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/tcp.c:11:2: note: 'page' is parameter 2 of tcp_build_frag(): its callers hand it user or pagecache pages
testcases/xf/tcp.c:23:8: note: do_tcp_sendpages() passes 'page' to tcp_build_frag()
testcases/xf/tcp.c:32:14: note: tcp_sendpage() passes 'page' to do_tcp_sendpages()
testcases/xf/tcp.c:30:5: note: 'page' is parameter 2 of tcp_sendpage(), whose callers hand it user or pagecache pages (as the tree's summaries say)
testcases/xf/tcp.c:11:2: note: new reference taken by get_page()
testcases/xf/tcp.c:13:2: note: returns with the page attached to a live carrier: I/O starts in a caller
      "function": "tcp_sendpage",
      "file": "",
      "param": 2,
      "origin": "user or pagecache"
 * check-output-end
 */
