/*
 * check-name: a helper in another file returns a page-cache page with a new reference: its summary applies in the caller's file, and the trace shows the helper where it is
 * check-command: pagecheck testcases/xf/lookup_send.c testcases/xf/lookup.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/lookup_send.c:12:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/lookup_send.c:8:22: note: 'page' comes from cache_lookup() (pagecache pages), which takes a new reference
testcases/xf/lookup.c:4:1: note: cache_lookup() returns a page with a new reference on every normal return (its summary)
testcases/xf/lookup.c:6:22: note: in cache_lookup(): the page comes from find_get_page()
testcases/xf/lookup_send.c:13:2: note: I/O starts here: submit_bio() submits the carrier
testcases/xf/lookup.c:6:22: note: the new reference it is about: find_get_page() in cache_lookup() (testcases/xf/lookup.c:6)
testcases/xf/lookup.c:6:22: site: find_get_page() in cache_lookup() ('page') reaches I/O without the guard further on (missing)
testcases/xf/lookup_send.c:8:22: note: send_cached() takes it from cache_lookup()
testcases/xf/lookup_send.c:12:2: note: reaches I/O: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
