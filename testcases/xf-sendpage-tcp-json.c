/*
 * check-name: the JSON trace of the splice-to-TCP finding has the same steps as the text, each with the file it is in
 * check-command: pagecheck --format=json testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | python3 -c 'import json, sys; f = json.load(sys.stdin)["findings"][0]; print(f["rule"], f["confidence"]); [print("%s:%d: %s" % (t["file"], t["line"], t["step"])) for t in f["trace"]]'
 * check-exit-value: 0
 *
 * check-output-start
missing-accessible definite
testcases/xf/tcp.c:11: 'page' is parameter 2 of tcp_build_frag(): its callers hand it user or pagecache pages
testcases/xf/tcp.c:23: do_tcp_sendpages() passes 'page' to tcp_build_frag()
testcases/xf/tcp.c:32: tcp_sendpage() passes 'page' to do_tcp_sendpages()
testcases/xf/af_inet.c:11: inet_sendpage() passes 'page' to proto.sendpage, which may be tcp_sendpage()
testcases/xf/socket.c:9: kernel_sendpage() passes 'page' to proto_ops.sendpage, which may be inet_sendpage()
testcases/xf/socket.c:19: sock_sendpage() passes 'page' to kernel_sendpage()
testcases/xf/splice.c:12: pipe_to_sendpage() passes 'buf->page' to file_operations.sendpage, which may be sock_sendpage()
testcases/xf/splice.c:12: origin: 'buf->page' holds user or pagecache pages (the catalog's 'pipe_buffer.page')
testcases/xf/tcp.c:11: new reference taken by get_page()
testcases/xf/tcp.c:13: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
