/*
 * check-name: no bound hit (the default bounds): no truncated line, no "truncated" in the JSON
 * check-command: pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | grep -c truncated; pagecheck --format=json testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | grep -c truncated
 * check-exit-value: 1
 *
 * check-output-start
0
0
 * check-output-end
 */
