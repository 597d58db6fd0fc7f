/*
 * check-name: PAGECHECK_TEST_BOUNDS=link_rounds=1: the fixpoint across files stops after one round; the functions whose inputs still changed are counted and named in the summary line (the finding itself is what one round knows)
 * check-command: PAGECHECK_TEST_BOUNDS=link_rounds=1 pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
pagecheck: truncated: 7 functions (round budget across files: inet_sendpage() in testcases/xf/af_inet.c, kernel_sendpage() in testcases/xf/socket.c, sock_sendpage() in testcases/xf/socket.c and 4 more)
 * check-output-end
 */
