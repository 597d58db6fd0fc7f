/*
 * check-name: the reference is taken through a pipe_buf_operations ->get pointer (issue 4)
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
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
