/*
 * check-name: a tree run's summaries say which page_ops fields had analyzed functions stored in them (ops_decided): a later run on one file (--summaries, as kbuild's CHECK= would) lets those decide, not rules.yaml's I/O; without them the same call is the catalog's sink
 * check-command: f=$(mktemp) && pagecheck --write-summaries $f testcases/xf/families.c >/dev/null; pagecheck --summaries $f testcases/xf/send_user.c; echo "with: $?"; grep -A2 '"ops_decided"' $f; rm -f $f; pagecheck testcases/xf/send_user.c
 * check-exit-value: 1
 *
 * check-output-start
with: 0
  "ops_decided": [
    "proto_ops.sendpage"
  ]
testcases/xf/send_user.c:11:8: warning: 'pages[]' reaches I/O in proto_ops.sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/send_user.c:9:6: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/xf/send_user.c:11:8: note: I/O starts here: proto_ops.sendpage()
testcases/xf/send_user.c:11:8: note: no function stored in proto_ops.sendpage is analyzed: it starts I/O on its argument 2 by rules.yaml page_ops: a socket's ->sendpage: inet's (net/ipv4/af_inet.c inet_sendpage()) gives it to TCP, which puts the page in an skb frag the NIC reads
 * check-output-end
 *
 * families.c stores an AF_UNIX function and a copying one in
 * proto_ops.sendpage: their summaries differ, so the field has none, and
 * the call in send_user.c is a call nothing describes (as in a tree run
 * over both files); without the summaries file, nothing stored in the
 * field is analyzed.
 */
