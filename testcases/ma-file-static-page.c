/*
 * check-name: a page kept in a file-scope variable is what the analyzed files store there: user pages pinned into a file-static pointer (through &zc_page) make its sender definite; a global nobody here fills is of unknown origin (possible)
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-file-static-page.c:25:2: warning: 'zc_page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-file-static-page.c:24:2: note: 'zc_page' is read from 'file-static zc_page in testcases/ma-file-static-page.c': its origin is what the analyzed files store there
testcases/ma-file-static-page.c:31:9: note: origin: 'file-static zc_page in testcases/ma-file-static-page.c' is filled with user or page-cache pages in zc_pin()
testcases/ma-file-static-page.c:24:2: note: new reference taken by get_page()
testcases/ma-file-static-page.c:26:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ma-file-static-page.c:37:2: warning: 'shared_pad_page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-file-static-page.c:36:2: note: 'shared_pad_page' is read from 'global shared_pad_page': its origin is what the analyzed files store there
testcases/ma-file-static-page.c:36:2: note: new reference taken by get_page()
testcases/ma-file-static-page.c:38:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

static struct page *zc_page;
struct page *shared_pad_page;

int zc_send(struct sk_buff *skb, int i)
{
	get_page(zc_page);
	skb_fill_page_desc(skb, i, zc_page, 0, PAGE_SIZE);
	return 0;
}

int zc_pin(unsigned long uaddr)
{
	return get_user_pages_fast(uaddr, 1, 0, &zc_page);
}

int shared_pad_send(struct sk_buff *skb, int i)
{
	get_page(shared_pad_page);
	skb_fill_page_desc(skb, i, shared_pad_page, 0, PAGE_SIZE);
	return 0;
}
