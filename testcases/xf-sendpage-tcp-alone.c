/*
 * check-name: tcp.c alone: tcp_build_frag()'s page comes from callers outside the analyzed files, so the finding stays possible and says where the chain stops
 * check-command: pagecheck testcases/xf/tcp.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/xf/tcp.c:11:2: note: 'page' is parameter 2 of tcp_build_frag(): its callers hand it unknown pages
testcases/xf/tcp.c:23:8: note: do_tcp_sendpages() passes 'page' to tcp_build_frag()
testcases/xf/tcp.c:32:14: note: tcp_sendpage() passes 'page' to do_tcp_sendpages()
testcases/xf/tcp.c:30:5: note: 'page' is parameter 2 of tcp_sendpage(), whose callers are not among the analyzed files
testcases/xf/tcp.c:11:2: note: new reference taken by get_page()
testcases/xf/tcp.c:13:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
