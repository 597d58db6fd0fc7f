/*
 * check-name: PAGECHECK_TEST_BOUNDS: an unknown bound or a value that is not a number is said and ignored (a mistyped test fails on its output)
 * check-command: PAGECHECK_TEST_BOUNDS=link_round=1,trace_hops=x,param_passes=3 pagecheck testcases/xf/tcp.c | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: PAGECHECK_TEST_BOUNDS: 'link_round=1' ignored
pagecheck: PAGECHECK_TEST_BOUNDS: 'trace_hops=x' ignored
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
pagecheck: truncated: 1 function (parameter origin passes: tcp_build_frag() in testcases/xf/tcp.c)
 * check-output-end
 */
