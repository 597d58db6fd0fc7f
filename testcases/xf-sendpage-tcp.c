/*
 * check-name: splice to TCP across four files: buf->page goes through file_operations.sendpage, kernel_sendpage(), proto_ops.sendpage and proto.sendpage to tcp_build_frag(), which takes a reference and fills the skb: definite, with every caller in the trace
 * check-command: pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/tcp.c:11:2: note: 'page' is parameter 2 of tcp_build_frag(): its callers hand it user or pagecache pages
testcases/xf/tcp.c:23:8: note: do_tcp_sendpages() passes 'page' to tcp_build_frag()
testcases/xf/tcp.c:32:14: note: tcp_sendpage() passes 'page' to do_tcp_sendpages()
testcases/xf/af_inet.c:11:10: note: inet_sendpage() passes 'page' to proto.sendpage, which may be tcp_sendpage()
testcases/xf/socket.c:9:10: note: kernel_sendpage() passes 'page' to proto_ops.sendpage, which may be inet_sendpage()
testcases/xf/socket.c:19:9: note: sock_sendpage() passes 'page' to kernel_sendpage()
testcases/xf/splice.c:12:9: note: pipe_to_sendpage() passes 'buf->page' to file_operations.sendpage, which may be sock_sendpage()
testcases/xf/splice.c:12:9: note: origin: 'buf->page' holds user or pagecache pages (the catalog's 'pipe_buffer.page')
testcases/xf/tcp.c:11:2: note: new reference taken by get_page()
testcases/xf/tcp.c:13:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
