/*
 * check-name: ... and a second caller hands that parameter a user page: definite, and the note says the store is of a parameter with user pages from its callers
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-param.c testcases/fp/rx-ring-attach-kernel.c testcases/fp/rx-ring-attach-user.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/rx-ring-read.c:14:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp/rx-ring-read.c:13:2: note: 'buf->page' is read from 'rx_buffer.page': its origin is what the analyzed files store there
testcases/fp/rx-ring-param.c:11:2: note: origin: 'rx_buffer.page' is filled in rx_attach() with its parameter 2 (user or kernel pages, from its callers)
testcases/fp/rx-ring-read.c:13:2: note: new reference taken by get_page()
testcases/fp/rx-ring-read.c:15:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
