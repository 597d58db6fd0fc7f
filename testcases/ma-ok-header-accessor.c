/*
 * check-name: the guard on a header accessor's page (arch_make_page_accessible(skb_frag_page(frag))) guards the page a second call hands to the I/O; an inline that does more than read a field is not seen through: its guard guards nothing known, and the I/O on the field stays a finding
 * check-command: pagecheck $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-ok-header-accessor.c:29:9: warning: 'frag->bv_page' reaches I/O in kernel_sendpage() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-ok-header-accessor.c:26:2: note: 'frag->bv_page' is read from 'bio_vec.bv_page in testcases/ma-ok-header-accessor.c': its origin is what the analyzed files store there
testcases/ma-ok-header-accessor.c:26:2: note: new reference taken by get_page()
testcases/ma-ok-header-accessor.c:29:9: note: I/O starts here: kernel_sendpage()
 * check-output-end
 */
#include "kernel.h"
#include "accessor/frag.h"

int send_frag_guarded(struct socket *sock, skb_frag_t *frag)
{
	get_page(skb_frag_page(frag));
	if (arch_make_page_accessible(skb_frag_page(frag)))
		return -EIO;
	return kernel_sendpage(sock, skb_frag_page(frag), 0, PAGE_SIZE, 0);
}

int send_frag_checked(struct socket *sock, skb_frag_t *frag)
{
	get_page(frag->bv_page);
	if (arch_make_page_accessible(skb_frag_page_checked(frag)))
		return -EIO;
	return kernel_sendpage(sock, frag->bv_page, 0, PAGE_SIZE, 0);
}
