/*
 * check-name: a page in an anonymous union member is named as written (buffer_info->page)
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-anonymous-member.c:27:2: warning: 'buffer_info->page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-anonymous-member.c:26:2: note: 'buffer_info->page' is read from 'rx_buffer.page': its origin is what the analyzed files store there
testcases/ma-anonymous-member.c:26:2: note: new reference taken by get_page()
testcases/ma-anonymous-member.c:24:6: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

struct rx_buffer {
	union {
		struct {
			struct page *page;
			unsigned int offset;
		};
		void *data;
	};
};

void add_frag(struct sk_buff *skb, struct rx_buffer *buffer_info)
{
	get_page(buffer_info->page);
	skb_fill_page_desc(skb, 0, buffer_info->page, buffer_info->offset, PAGE_SIZE);
}
