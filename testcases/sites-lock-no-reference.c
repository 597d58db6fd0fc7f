/*
 * check-name: a page lock is no new reference: generic_pipe_buf_try_steal()'s lock_page() on a pipe buffer's page is not a site of the inventory; a get_page() next to it is
 * check-command: pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
buf_hold get_page buf->page escapes its reference is left to the callers
 * check-output-end
 */
#include "kernel.h"

bool buf_try_steal(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	struct page *page = buf->page;

	lock_page(page);
	return true;
}

void buf_hold(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	get_page(buf->page);
}
