/*
 * check-name: PAGECHECK_TEST_BOUNDS=file_rounds=1: a file judged alone (the per-file run whose field stores the link reads) stops after one round; the function whose inputs still changed in the findings round is counted; the findings come from the link's rounds and stay the same
 * check-command: PAGECHECK_TEST_BOUNDS=file_rounds=1 pagecheck testcases/xf/tcp.c | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
testcases/xf/tcp.c:12:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
pagecheck: truncated: 1 function (round budget of a file alone: do_tcp_sendpages() in testcases/xf/tcp.c)
 * check-output-end
 */
