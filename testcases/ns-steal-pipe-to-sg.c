/*
 * check-name: pipe_to_sg() as in 6.1 drivers/char/virtio_console.c: get_page() after a successful pipe_buf_try_steal() is on a page nobody maps (not-secure); the copy branch uses a fresh page
 * check-command: pagecheck --format=json $file
 * check-exit-value: 0
 *
 * check-output-start
{
  "version":1,
  "summary":{
    "files":1,
    "failed":0,
    "findings":0,
    "definite":0,
    "by_rule":{
    }
  },
  "files":[
    {
      "file":"testcases/ns-steal-pipe-to-sg.c",
      "status":"analyzed",
      "functions":1
    }
  ],
  "findings":[
  ],
  "sites":[
    {
      "file":"testcases/ns-steal-pipe-to-sg.c",
      "line":71,
      "column":3,
      "function":"pipe_to_sg",
      "api":"get_page",
      "expression":"buf->page",
      "origin":"not-secure",
      "verdict":"not-secure",
      "reason":"stolen from the pipe by pipe_buf_try_steal(): exclusively owned, mapped nowhere"
    },
    {
      "file":"testcases/ns-steal-pipe-to-sg.c",
      "line":78,
      "column":23,
      "function":"pipe_to_sg",
      "api":"alloc_page",
      "expression":"page",
      "origin":"kernel",
      "verdict":"kernel-private"
    }
  ],
  "field_stores":[
  ]
}
 * check-output-end
 */
#include "kernel.h"

struct sg_list { unsigned int n, size, len; struct scatterlist *sg; };
struct splice_desc { unsigned int len; long pos; struct sg_list *data; };

int pipe_to_sg(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
	       struct splice_desc *sd)
{
	struct sg_list *sgl = sd->data;
	unsigned int offset, len;

	if (sgl->n == sgl->size)
		return 0;

	/* Try lock this page */
	if (pipe_buf_try_steal(pipe, buf)) {
		/* Get reference and unlock page for moving */
		get_page(buf->page);
		unlock_page(buf->page);

		len = buf->len < sd->len ? buf->len : sd->len;
		sg_set_page(&(sgl->sg[sgl->n]), buf->page, len, buf->offset);
	} else {
		/* Failback to copying a page */
		struct page *page = alloc_page(GFP_KERNEL);

		if (!page)
			return -ENOMEM;
		offset = sd->pos & (PAGE_SIZE - 1);
		len = sd->len;
		if (len + offset > PAGE_SIZE)
			len = PAGE_SIZE - offset;
		memcpy(page_address(page) + offset, page_address(buf->page) + buf->offset, len);
		sg_set_page(&(sgl->sg[sgl->n]), page, len, offset);
	}
	sgl->n++;
	sgl->len += len;
	return 0;
}
