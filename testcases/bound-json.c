/*
 * check-name: the JSON names where each bound hit, per bound, under "truncated" (only when one did); the text summary counts them on one line
 * check-command: PAGECHECK_TEST_BOUNDS=link_rounds=2,trace_hops=2 pagecheck --format=json testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | sed -n '/"truncated"/,$p'; PAGECHECK_TEST_BOUNDS=link_rounds=2,trace_hops=2 pagecheck testcases/xf/splice.c testcases/xf/socket.c testcases/xf/af_inet.c testcases/xf/tcp.c | grep truncated
 * check-exit-value: 0
 *
 * check-output-start
  "truncated":{
    "link_rounds":[
      {
        "file":"testcases/xf/tcp.c",
        "function":"tcp_sendpage"
      }
    ],
    "trace_hops":[
      {
        "file":"testcases/xf/tcp.c",
        "function":"tcp_build_frag"
      }
    ]
  }
}
pagecheck: truncated: 1 function (round budget across files: tcp_sendpage() in testcases/xf/tcp.c), 1 function (callers a trace follows: tcp_build_frag() in testcases/xf/tcp.c)
 * check-output-end
 */
