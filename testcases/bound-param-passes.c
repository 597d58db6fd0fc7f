/*
 * check-name: PAGECHECK_TEST_BOUNDS=param_passes=3: solving where parameters' pages come from stops after three passes over the calls, half-way up the sendpage chain: the finding stays possible and the functions whose parameters were still growing are counted
 * check-command: PAGECHECK_TEST_BOUNDS=param_passes=3 pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
pagecheck: truncated: 3 functions (parameter origin passes: inet_sendpage() in testcases/xf/af_inet.c, do_tcp_sendpages() in testcases/xf/tcp.c, tcp_sendpage() in testcases/xf/tcp.c)
 * check-output-end
 */
