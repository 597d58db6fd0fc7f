/* Subjects of missing-accessible's patch mode (testcases/cocci-patch.c). */
#include "../kernel.h"

/* fixed: a plain reference in a function returning an errno */
int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

/* fixed after the unlock: virtio_console's pipe_to_sg() shape */
int steal_one(struct pipe_buffer *buf, struct scatterlist *sg)
{
	get_page(buf->page);
	unlock_page(buf->page);
	sg_set_page(sg, buf->page, buf->len, buf->offset);
	return 0;
}

/* reported, not rewritten: no error to return */
void map_void(struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
}
