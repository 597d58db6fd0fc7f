/*
 * check-name: a page kept in a file-static variable (drivers/scsi/cxgbi/libcxgbi.c rsvd_page, net/tls/tls_device.c dummy_page) has the origins of what the file stores there: one filled from alloc_page() at init and sent as padding is kernel-private, so silent; a local of the same name in another function is not the variable
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: testcases/ok-file-static-page.c: not analyzed: testcases/ok-file-static-page.c:32:38: error: use of undeclared identifier '__GFP_ZERO'
 * check-output-end
 */
#include "kernel.h"

static struct page *rsvd_page;

int pad_send(struct sk_buff *skb, int i, int padlen)
{
	get_page(rsvd_page);
	skb_fill_page_desc(skb, i, rsvd_page, 0, padlen);
	return 0;
}

int pad_send_local(struct sk_buff *skb, int i)
{
	struct page *rsvd_page = dev_alloc_page();

	if (!rsvd_page)
		return -ENOMEM;
	skb_fill_page_desc(skb, i, rsvd_page, 0, PAGE_SIZE);
	return 0;
}

int pad_init(void)
{
	rsvd_page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!rsvd_page)
		return -ENOMEM;
	return 0;
}

void pad_exit(void)
{
	put_page(rsvd_page);
}
