/* net/socket.c: the socket file's ->sendpage, kernel_sendpage() and the
 * protocol family's ->sendpage */
#include "net.h"

int kernel_sendpage(struct socket *sock, struct page *page, int offset, size_t size,
		    int flags)
{
	if (sock->ops->sendpage)
		return sock->ops->sendpage(sock, page, offset, size, flags);
	return sock_no_sendpage(sock, page, offset, size, flags);
}

static ssize_t sock_sendpage(struct file *file, struct page *page, int offset,
			     size_t size, loff_t *ppos, int more)
{
	struct socket *sock = file->private_data;

	(void)ppos;
	return kernel_sendpage(sock, page, offset, size, more);
}

const struct file_operations socket_file_ops = {
	.sendpage = sock_sendpage,
};
