/* net/tls/tls_device.c's zero-copy sendfile shape: tls_push_data() stores
 * its parameter's page in a struct page_frag on the stack (zc_pfrag.page =
 * zc_page) and tls_append_frag() takes the record's reference on it. The
 * page is whatever the callers hand: an exported sendpage nobody in the
 * program calls (unknown) and a zero-copy send of user pages. The same
 * file's tls_create_new_record() shape takes a reference on the socket's
 * frag right after skb_page_frag_refill() refilled it: kernel pages only. */
#include "../kernel.h"

struct zc_record { struct sk_buff *skb; int num_frags; };

static void zc_append_frag(struct zc_record *record, struct page_frag *pfrag, int size)
{
	get_page(pfrag->page);
	skb_fill_page_desc(record->skb, record->num_frags++, pfrag->page, pfrag->offset, size);
}

static int zc_push_data(struct zc_record *record, int offset, int size, struct page *zc_page)
{
	struct page_frag zc_pfrag;

	zc_pfrag.page = zc_page;
	zc_pfrag.offset = offset;
	zc_pfrag.size = size;
	zc_append_frag(record, &zc_pfrag, size);
	return 0;
}

int zc_sendpage(struct zc_record *record, struct page *page, int offset, int size)
{
	return zc_push_data(record, offset, size, page);
}

int zc_send_user(struct zc_record *record, unsigned long uaddr, int size)
{
	struct page *pages[1];

	if (get_user_pages_fast(uaddr, 1, 0, pages) != 1)
		return -EFAULT;
	return zc_push_data(record, 0, size, pages[0]);
}

static int zc_new_record(struct zc_record *record, struct page_frag *pfrag, int size)
{
	get_page(pfrag->page);
	skb_fill_page_desc(record->skb, 0, pfrag->page, pfrag->offset, size);
	record->num_frags = 1;
	return 0;
}

int zc_open_record(struct sock *sk, struct zc_record *record, int size)
{
	struct page_frag *pfrag = sk_page_frag(sk);

	if (!skb_page_frag_refill(size, pfrag, GFP_KERNEL))
		return -ENOMEM;
	return zc_new_record(record, pfrag, size);
}
