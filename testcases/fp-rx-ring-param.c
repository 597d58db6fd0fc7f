/*
 * check-name: field provenance: a store of a caller's page keeps the finding possible and says where
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-fill.c testcases/fp/rx-ring-param.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp/rx-ring-read.c:14:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp/rx-ring-read.c:13:2: note: 'buf->page' is read from 'rx_buffer.page': its origin is what the analyzed files store there
testcases/fp/rx-ring-param.c:11:2: note: origin still unknown: 'rx_buffer.page' is filled in rx_attach() with its parameter 2 (unknown pages, from its callers)
testcases/fp/rx-ring-read.c:13:2: note: new reference taken by get_page()
testcases/fp/rx-ring-read.c:15:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
