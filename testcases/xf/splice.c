/* fs/splice.c: a pipe buffer's page goes to the file's ->sendpage */
#include "net.h"

int pipe_to_sendpage(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
		     struct splice_desc *sd)
{
	struct file *file = sd->file;
	loff_t pos = sd->pos;

	if (!file->f_op->sendpage)
		return -EINVAL;
	return file->f_op->sendpage(file, buf->page, buf->offset, sd->len, &pos, 0);
}
