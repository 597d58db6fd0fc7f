/*
 * check-name: zero-copy taken on the branch where pipe_buf_try_steal() failed: the page is still shared (page cache or user), so the missing guard is reported; past a successful ->try_steal() it is not
 * check-exit-value: 1
 *
 * check-output-start
testcases/ns-steal-failed.c:26:3: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-steal-failed.c:24:3: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ns-steal-failed.c:24:3: note: new reference taken by get_page()
testcases/ns-steal-failed.c:29:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

struct sg_list { unsigned int n, size; struct scatterlist *sg; };

int share_unstolen(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
		   struct sg_list *sgl)
{
	if (sgl->n == sgl->size)
		return 0;
	if (pipe_buf_try_steal(pipe, buf))
		return 0;
	if (!pipe_buf_try_steal(pipe, buf)) {
		get_page(buf->page);
		unlock_page(buf->page);
		sg_set_page(&(sgl->sg[sgl->n]), buf->page, buf->len, buf->offset);
	}
	sgl->n++;
	return buf->len;
}

/* through the ops table, as fs/splice.c's callers of ->try_steal do: silent */
int share_stolen_by_ops(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			struct sg_list *sgl)
{
	if (!buf->ops->try_steal(pipe, buf))
		return -EINVAL;
	get_page(buf->page);
	sg_set_page(&(sgl->sg[sgl->n]), buf->page, buf->len, buf->offset);
	sgl->n++;
	return buf->len;
}
