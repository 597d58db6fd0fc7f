/*
 * check-name: struct page_frag is a shared struct (rules.yaml shared_structs): user pages one file stores in it make that file's reader definite and nobody else's; the socket frag refilled by sk_page_frag_refill() and an rx gather list filled from dev_alloc_page() stay silent
 * check-command: pagecheck testcases/fp/frag-sock-append.c testcases/fp/frag-user-store.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/frag-user-store.c:10:2: warning: 'c->pfrag.page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp/frag-user-store.c:9:2: note: 'c->pfrag.page' is read from 'page_frag.page in testcases/fp/frag-user-store.c': its origin is what the analyzed files store there
testcases/fp/frag-user-store.c:19:2: note: origin: 'page_frag.page in testcases/fp/frag-user-store.c' is filled with user or page-cache pages in zc_send()
testcases/fp/frag-user-store.c:9:2: note: new reference taken by get_page()
testcases/fp/frag-user-store.c:7:13: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/fp/frag-user-store.c:17:6: note: the new reference it is about: get_user_pages_fast() in zc_send() (testcases/fp/frag-user-store.c:17)
testcases/fp/frag-user-store.c:17:6: site: get_user_pages_fast() in zc_send() ('pages[]') reaches I/O without the guard further on (missing)
testcases/fp/frag-user-store.c:17:6: note: its reference stays in 'page_frag.page in testcases/fp/frag-user-store.c'
testcases/fp/frag-user-store.c:10:2: note: a page read from it reaches I/O: 'c->pfrag.page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
int unused;
