/*
 * check-name: PAGECHECK_TEST_BOUNDS=trace_hops=2: the trace of a finding on a parameter walks two callers up and stops; the finding is the same, the cut trace is counted
 * check-command: PAGECHECK_TEST_BOUNDS=trace_hops=2 pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/tcp.c:11:2: note: 'page' is parameter 2 of tcp_build_frag(): its callers hand it user or pagecache pages
testcases/xf/tcp.c:23:8: note: do_tcp_sendpages() passes 'page' to tcp_build_frag()
testcases/xf/tcp.c:32:14: note: tcp_sendpage() passes 'page' to do_tcp_sendpages()
testcases/xf/tcp.c:11:2: note: new reference taken by get_page()
testcases/xf/tcp.c:13:2: note: returns with the page attached to a live carrier: I/O starts in a caller
pagecheck: truncated: 1 function (callers a trace follows: tcp_build_frag() in testcases/xf/tcp.c)
 * check-output-end
 */
