/* A driver sends a user page it took with gup through the socket's ops. */
#include "net.h"

int send_user_page(struct socket *sock, unsigned long addr)
{
	struct page *pages[1];
	int ret;

	if (get_user_pages_fast(addr, 1, 0, pages) != 1)
		return -EFAULT;
	ret = sock->ops->sendpage(sock, pages[0], 0, PAGE_SIZE, 0);
	put_page(pages[0]);
	return ret;
}
