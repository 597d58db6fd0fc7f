/*
 * check-name: a store of a parameter's page into a page_frag whose callers are partly unknown stays of unknown origin, even where the struct is keyed per file: tls_push_data()'s zc_pfrag.page = zc_page and tls_create_new_record()'s refilled socket frag are read through the same 'page_frag.page in <file>', so resolving the store would make the socket frag definite too; no finding of these files is definite
 * check-command: pagecheck testcases/fp/frag-param-store.c testcases/fp/frag-param-kernel.c testcases/fp/frag-sock-append.c | grep warning
 * check-exit-value: 0
 *
 * check-output-start
testcases/fp/frag-param-kernel.c:11:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/frag-param-store.c:15:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/frag-param-store.c:46:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
 * check-output-end
 */
int unused;
