/*
 * check-name: what a caller holds in the member of a struct it hands on is what the callee reads there: tls_append_frag()'s pfrag->page is the spliced zc_page tls_push_data() put in its stack zc_pfrag (user pages among its callers': definite), and tls_create_new_record()'s is the socket frag its caller just refilled (kernel: silent). Not built: a parameter's member takes the field's stores of the whole file (docs/design.md, Known gaps)
 * check-command: pagecheck testcases/fp/frag-param-store.c testcases/fp/frag-param-kernel.c testcases/fp/frag-sock-append.c | grep warning
 * check-exit-value: 0
 * check-known-to-fail
 *
 * check-output-start
testcases/fp/frag-param-kernel.c:11:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/frag-param-store.c:15:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
 * check-output-end
 */
int unused;
