/*
 * check-name: a pipe buffer's page (page cache or user) attached after get_page() with no pipe_buf_try_steal() proving it exclusive; the copy into an allocated page is fine
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-pipe-buf.c:27:3: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-pipe-buf.c:24:3: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ma-pipe-buf.c:24:3: note: new reference taken by get_page()
testcases/ma-pipe-buf.c:38:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

struct sg_list { unsigned int n, size; struct scatterlist *sg; };

int pipe_to_sg(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
	       struct sg_list *sgl, bool steal)
{
	unsigned int len;

	if (sgl->n == sgl->size)
		return 0;
	if (steal) {
		get_page(buf->page);
		unlock_page(buf->page);
		len = buf->len;
		sg_set_page(&(sgl->sg[sgl->n]), buf->page, len, buf->offset);
	} else {
		struct page *page = alloc_page(GFP_KERNEL);

		if (!page)
			return -ENOMEM;
		len = buf->len;
		memcpy(page_address(page), page_address(buf->page), len);
		sg_set_page(&(sgl->sg[sgl->n]), page, len, 0);
	}
	sgl->n++;
	return len;
}
