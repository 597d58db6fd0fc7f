/*
 * check-name: a header's one-line accessor (skb_frag_page(frag) is frag->bv_page, holder_page(h) is h->frag.bv_page) is seen through: the reference taken on one call's page and the I/O on another call's are one page, followed into the caller's find_get_page(): missing-accessible
 * check-command: pagecheck $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-header-accessor.c:29:9: warning: 'frag->bv_page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-header-accessor.c:28:2: note: 'frag->bv_page' is read from 'bio_vec.bv_page in testcases/ma-header-accessor.c': its origin is what the analyzed files store there
testcases/ma-header-accessor.c:36:2: note: origin: 'bio_vec.bv_page in testcases/ma-header-accessor.c' is filled with user or page-cache pages in send_cached()
testcases/ma-header-accessor.c:28:2: note: new reference taken by get_page()
testcases/ma-header-accessor.c:29:9: note: I/O starts here: kernel_sendpage()
testcases/ma-header-accessor.c:36:17: note: the new reference it is about: find_get_page() in send_cached() (testcases/ma-header-accessor.c:36)
testcases/ma-header-accessor.c:45:9: warning: 'h->frag.bv_page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-header-accessor.c:44:2: note: 'h->frag.bv_page' is read from 'bio_vec.bv_page in testcases/ma-header-accessor.c': its origin is what the analyzed files store there
testcases/ma-header-accessor.c:36:2: note: origin: 'bio_vec.bv_page in testcases/ma-header-accessor.c' is filled with user or page-cache pages in send_cached()
testcases/ma-header-accessor.c:44:2: note: new reference taken by get_page()
testcases/ma-header-accessor.c:45:9: note: I/O starts here: kernel_sendpage()
testcases/ma-header-accessor.c:36:17: site: find_get_page() in send_cached() ('frag.bv_page') reaches I/O without the guard further on (missing)
testcases/ma-header-accessor.c:36:17: note: its reference stays in 'bio_vec.bv_page in testcases/ma-header-accessor.c'
testcases/ma-header-accessor.c:29:9: note: a page read from it reaches I/O: 'frag->bv_page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"
#include "accessor/frag.h"

static int send_frag(struct socket *sock, skb_frag_t *frag)
{
	get_page(skb_frag_page(frag));
	return kernel_sendpage(sock, skb_frag_page(frag), 0, PAGE_SIZE, 0);
}

int send_cached(struct socket *sock, struct address_space *mapping)
{
	skb_frag_t frag;

	frag.bv_page = find_get_page(mapping, 0);
	if (!frag.bv_page)
		return -ENOMEM;
	return send_frag(sock, &frag);
}

int send_held(struct socket *sock, struct frag_holder *h)
{
	get_page(holder_page(h));
	return kernel_sendpage(sock, h->frag.bv_page, 0, PAGE_SIZE, 0);
}
