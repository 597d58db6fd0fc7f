/*
 * check-name: a file whose headers declare only the folio guard (6.12) is told to call it, also for a struct page (ma-alias.c, where both are declared, names the page guard)
 * check-command: pagecheck testcases/ma-alias.c -DKERNEL_FOLIO_GUARD_ONLY
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-alias.c:20:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-alias.c:18:7: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ma-alias.c:18:7: note: new reference taken by try_get_page()
testcases/ma-alias.c:21:9: note: I/O starts here: virtqueue_add_outbuf() submits the carrier
 * check-output-end
 */
int unused;
