/*
 * check-name: the reference is taken through the pipe_buf_operations ->get pointer: the catalog names the call by struct and field, and the page is a field of the argument (buf->page)
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-ops-get.c:19:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-ops-get.c:17:7: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ip-ops-get.c:17:7: note: new reference taken by pipe_buf_operations.get()
testcases/ip-ops-get.c:20:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int queue(struct pipe_inode_info *pipe, struct pipe_buffer *buf, struct scatterlist *sg,
	  struct device *dev)
{
	if (!buf->ops->get(pipe, buf))
		return -EFAULT;
	sg_set_page(sg, buf->page, buf->len, buf->offset);
	return dma_map_sg(dev, sg, 1, 1);
}
