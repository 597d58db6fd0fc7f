/*
 * check-name: field provenance: a store through a compound literal's designated initializer counts (*buf = (struct rx_buffer){ .page = ... }): a user page makes the reader's finding definite
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-literal.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/rx-ring-read.c:14:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp/rx-ring-read.c:13:2: note: 'buf->page' is read from 'rx_buffer.page': its origin is what the analyzed files store there
testcases/fp/rx-ring-literal.c:16:50: note: origin: 'rx_buffer.page' is filled with user or page-cache pages in rx_fill_user()
testcases/fp/rx-ring-read.c:13:2: note: new reference taken by get_page()
testcases/fp/rx-ring-read.c:15:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/fp/rx-ring-literal.c:14:6: note: the new reference it is about: get_user_pages_fast() in rx_fill_user() (testcases/fp/rx-ring-literal.c:14)
testcases/fp/rx-ring-literal.c:14:6: site: get_user_pages_fast() in rx_fill_user() ('pages[]') reaches I/O without the guard further on (missing)
testcases/fp/rx-ring-literal.c:14:6: note: its reference stays in 'rx_buffer.page'
testcases/fp/rx-ring-read.c:14:2: note: a page read from it reaches I/O: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
