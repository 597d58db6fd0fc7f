/*
 * check-name: the seeds' shapes with the device side guarded: the pipe buffer sites reach no unguarded I/O, so they stay "escapes" with where their reference stays, and nothing is reported
 * check-command: pagecheck --format=json $file | python3 -c 'import json,sys; d = json.load(sys.stdin); print(len(d["findings"]), "findings"); [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in d["sites"]]'
 *
 * check-output-start
0 findings
cache_buf_get try_get_page buf->page escapes its reference is left to the callers
push_page get_page page escapes stored in pipe_buffer.page
copy_page_to_pipe find_get_page page released 
send_frag get_page page guarded 
pipe_to_dev send_frag buf->page guarded the reference send_frag() takes: guarded there
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
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int pipe_to_dev(struct pipe_buffer *buf, struct scatterlist *sg, struct device *dev)
{
	return send_frag(buf->page, sg, dev);
}
