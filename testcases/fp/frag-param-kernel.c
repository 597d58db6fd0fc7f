/* The same store of a parameter's page into a stack page_frag, whose
 * callers hand a page of unknown origin and a kernel page: nothing says
 * the page may be secure, so the reader is possible at most. */
#include "../kernel.h"

struct kp_record { struct sk_buff *skb; int num_frags; };

static void kp_append_frag(struct kp_record *record, struct page_frag *pfrag, int size)
{
	get_page(pfrag->page);
	skb_fill_page_desc(record->skb, record->num_frags++, pfrag->page, pfrag->offset, size);
}

static int kp_push_data(struct kp_record *record, int size, struct page *zc_page)
{
	struct page_frag zc_pfrag;

	zc_pfrag.page = zc_page;
	zc_pfrag.offset = 0;
	zc_pfrag.size = size;
	kp_append_frag(record, &zc_pfrag, size);
	return 0;
}

int kp_sendpage(struct kp_record *record, struct page *page, int size)
{
	return kp_push_data(record, size, page);
}

int kp_send_fresh(struct kp_record *record, int size)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	return kp_push_data(record, size, page);
}
