/*
 * check-name: the seeds' hole, where the references are taken: generic_pipe_buf_get()'s shape (return try_get_page(buf->page), the ->get of a pipe_buf_operations table) and push_page()'s (get_page() then the page stored in a pipe buffer by a compound literal) are missing sites, each with the path to the I/O a page read from pipe_buffer.page reaches in another function; the finding there names them
 * check-exit-value: 1
 *
 * check-output-start
testcases/sites-pipe-buf-get.c:55:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/sites-pipe-buf-get.c:54:2: note: 'page' is parameter 1 of send_frag(): its callers hand it user or pagecache pages
testcases/sites-pipe-buf-get.c:61:9: note: pipe_to_dev() passes 'buf->page' to send_frag()
testcases/sites-pipe-buf-get.c:61:9: note: origin: 'buf->page' holds user or pagecache pages (the catalog's 'pipe_buffer.page')
testcases/sites-pipe-buf-get.c:39:39: note: 'pipe_buffer.page' is also filled, with pages of unknown or kernel origin, in push_page()
testcases/sites-pipe-buf-get.c:54:2: note: new reference taken by get_page()
testcases/sites-pipe-buf-get.c:56:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/sites-pipe-buf-get.c:29:9: note: the new references it is about: try_get_page() in cache_buf_get() (testcases/sites-pipe-buf-get.c:29), get_page() in push_page() (testcases/sites-pipe-buf-get.c:38), send_frag() in pipe_to_dev() (testcases/sites-pipe-buf-get.c:61)
testcases/sites-pipe-buf-get.c:29:9: site: try_get_page() in cache_buf_get() ('buf->page') reaches I/O without the guard further on (missing)
testcases/sites-pipe-buf-get.c:29:9: note: its reference stays in 'pipe_buffer.page'
testcases/sites-pipe-buf-get.c:55:2: note: a page read from it reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
testcases/sites-pipe-buf-get.c:38:2: site: get_page() in push_page() ('page') reaches I/O without the guard further on (missing)
testcases/sites-pipe-buf-get.c:38:2: note: its reference stays in 'pipe_buffer.page'
testcases/sites-pipe-buf-get.c:55:2: note: a page read from it reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
testcases/sites-pipe-buf-get.c:61:9: site: send_frag() in pipe_to_dev() ('buf->page') reaches I/O without the guard further on (missing)
testcases/sites-pipe-buf-get.c:54:2: note: send_frag() takes the reference
testcases/sites-pipe-buf-get.c:55:2: note: reaches I/O: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"

bool cache_buf_get(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	return try_get_page(buf->page);
}

const struct pipe_buf_operations cache_buf_ops = {
	.get = cache_buf_get,
};

static void push_page(struct pipe_buffer *buf, struct page *page, unsigned int len)
{
	get_page(page);
	*buf = (struct pipe_buffer){ .page = page, .len = len, .ops = &cache_buf_ops };
}

void copy_page_to_pipe(struct pipe_buffer *buf, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return;
	push_page(buf, page, PAGE_SIZE);
	put_page(page);
}

static int send_frag(struct page *page, struct scatterlist *sg, struct device *dev)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int pipe_to_dev(struct pipe_buffer *buf, struct scatterlist *sg, struct device *dev)
{
	return send_frag(buf->page, sg, dev);
}
