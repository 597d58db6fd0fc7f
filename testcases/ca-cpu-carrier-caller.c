/*
 * check-name: unix_stream_sendpage() (rules.yaml cpu_carriers: an AF_UNIX skb) hands pipe-buffer pages to a helper that attaches them: the helper's finding is possible, not definite; the same helper fed by another sendpage stays definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ca-cpu-carrier-caller.c:34:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ca-cpu-carrier-caller.c:33:2: note: 'page' is parameter 2 of append_pagefrags(): its callers hand it unknown pages
testcases/ca-cpu-carrier-caller.c:40:9: note: unix_stream_sendpage() passes 'buf->page' to append_pagefrags()
testcases/ca-cpu-carrier-caller.c:40:9: note: not device I/O: unix_stream_sendpage() puts the page in an AF_UNIX skb: only the receiver's CPU copies it (rules.yaml cpu_carriers)
testcases/ca-cpu-carrier-caller.c:40:9: note: origin: 'buf->page' holds user or pagecache pages (the catalog's 'pipe_buffer.page')
testcases/ca-cpu-carrier-caller.c:33:2: note: new reference taken by get_page()
testcases/ca-cpu-carrier-caller.c:35:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-cpu-carrier-caller.c:40:9: note: the new reference it is about: append_pagefrags() in unix_stream_sendpage() (testcases/ca-cpu-carrier-caller.c:40)
testcases/ca-cpu-carrier-caller.c:46:2: warning: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-cpu-carrier-caller.c:45:2: note: 'page' is parameter 2 of build_frag(): its callers hand it user or pagecache pages
testcases/ca-cpu-carrier-caller.c:52:9: note: nic_sendpage() passes 'buf->page' to build_frag()
testcases/ca-cpu-carrier-caller.c:52:9: note: origin: 'buf->page' holds user or pagecache pages (the catalog's 'pipe_buffer.page')
testcases/ca-cpu-carrier-caller.c:45:2: note: new reference taken by get_page()
testcases/ca-cpu-carrier-caller.c:47:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-cpu-carrier-caller.c:52:9: note: the new reference it is about: build_frag() in nic_sendpage() (testcases/ca-cpu-carrier-caller.c:52)
testcases/ca-cpu-carrier-caller.c:40:9: site: append_pagefrags() in unix_stream_sendpage() ('buf->page') reaches I/O without the guard further on (missing)
testcases/ca-cpu-carrier-caller.c:33:2: note: append_pagefrags() takes the reference
testcases/ca-cpu-carrier-caller.c:34:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible)
testcases/ca-cpu-carrier-caller.c:52:9: site: build_frag() in nic_sendpage() ('buf->page') reaches I/O without the guard further on (missing)
testcases/ca-cpu-carrier-caller.c:45:2: note: build_frag() takes the reference
testcases/ca-cpu-carrier-caller.c:46:2: note: reaches I/O: 'page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"

static int append_pagefrags(struct sk_buff *skb, struct page *page, int off, size_t size)
{
	get_page(page);
	skb_fill_page_desc(skb, 0, page, off, size);
	return 0;
}

int unix_stream_sendpage(struct sk_buff *skb, struct pipe_buffer *buf)
{
	return append_pagefrags(skb, buf->page, buf->offset, buf->len);
}

static int build_frag(struct sk_buff *skb, struct page *page, int off, size_t size)
{
	get_page(page);
	skb_fill_page_desc(skb, 0, page, off, size);
	return 0;
}

int nic_sendpage(struct sk_buff *skb, struct pipe_buffer *buf)
{
	return build_frag(skb, buf->page, buf->offset, buf->len);
}
