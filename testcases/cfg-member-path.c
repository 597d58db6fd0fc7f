/*
 * check-name: --dump-cfg: access paths through struct fields (buf->page, frag.page), a catalog field's origin, &folio->page as the folio itself
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function fields at 39:6
  params: 4; pages: folio o0
  paths:
    sg
    buf
    h
    folio root o0
    page root o3
    buf->page (pipe_buffer.page) root o1
    buf->len (pipe_buffer.len)
    buf->offset (pipe_buffer.offset)
    h->frag (holder.frag)
    h->frag.page (page_frag.page) root o2
  objects:
    o0 root folio, origin unknown
    o1 root buf->page, origin user or pagecache (from the catalog's fields)
    o2 root h->frag.page, origin unknown, field page_frag.page in testcases/cfg-member-path.c
    o3 root page, origin unknown
  B0:
    42:15 page = folio
    44:2 call get_page(buf->page) [acquire]
    45:2 call sg_set_page(sg, buf->page, buf->len, buf->offset) [sink attach]
    46:2 call sg_set_page(sg, h->frag.page, _, _) [sink attach]
    47:2 call sg_set_page(sg, page, _, _) [sink attach]
    39:6 return
 * check-output-end
 */
#include "kernel.h"

struct holder {
	struct page_frag frag;
};

void fields(struct scatterlist *sg, struct pipe_buffer *buf, struct holder *h,
	    struct folio *folio)
{
	struct page *page = &folio->page;

	get_page(buf->page);
	sg_set_page(sg, buf->page, buf->len, buf->offset);
	sg_set_page(sg, h->frag.page, PAGE_SIZE, 0);
	sg_set_page(sg, page, PAGE_SIZE, 0);
}
