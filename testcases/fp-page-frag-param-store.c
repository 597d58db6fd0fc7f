/*
 * check-name: a shared struct's field is keyed per file, so a store of a parameter's page into it (tls_push_data()'s zc_pfrag.page = zc_page) takes its callers' origins even when some are unknown: user pages among them make the reader definite; kernel and unknown ones leave it possible; another file's socket frag and rx list stay silent
 * check-command: pagecheck testcases/fp/frag-param-store.c testcases/fp/frag-param-kernel.c testcases/fp/frag-sock-append.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/frag-param-kernel.c:11:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/frag-param-kernel.c:10:2: note: 'pfrag->page' is read from 'page_frag.page in testcases/fp/frag-param-kernel.c': its origin is what the analyzed files store there
testcases/fp/frag-param-kernel.c:18:2: note: origin still unknown: 'page_frag.page in testcases/fp/frag-param-kernel.c' is filled in kp_push_data() with its parameter 3 (kernel or unknown pages, from its callers)
testcases/fp/frag-param-kernel.c:10:2: note: new reference taken by get_page()
testcases/fp/frag-param-kernel.c:8:13: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/fp/frag-param-store.c:13:2: warning: 'pfrag->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp/frag-param-store.c:12:2: note: 'pfrag->page' is read from 'page_frag.page in testcases/fp/frag-param-store.c': its origin is what the analyzed files store there
testcases/fp/frag-param-store.c:20:2: note: origin: 'page_frag.page in testcases/fp/frag-param-store.c' is filled in zc_push_data() with its parameter 4 (user or unknown pages, from its callers)
testcases/fp/frag-param-store.c:12:2: note: new reference taken by get_page()
testcases/fp/frag-param-store.c:10:13: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
int unused;
