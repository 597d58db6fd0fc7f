/*
 * check-name: the page is reached through an alias: page = buf->page
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-alias.c:20:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-alias.c:18:7: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ma-alias.c:18:7: note: new reference taken by try_get_page()
testcases/ma-alias.c:21:9: note: I/O starts here: virtqueue_add_outbuf() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int queue_buf(struct virtqueue *vq, struct scatterlist *sg, struct pipe_buffer *buf)
{
	struct page *page = buf->page;

	if (!try_get_page(page))
		return -EFAULT;
	sg_set_page(sg, page, buf->len, buf->offset);
	return virtqueue_add_outbuf(vq, sg, 1, buf, GFP_KERNEL);
}
