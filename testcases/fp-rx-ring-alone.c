/*
 * check-name: field provenance: without the file that fills the field, the page stays of unknown origin (possible)
 * check-command: pagecheck $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp-rx-ring-alone.c:23:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/fp-rx-ring-alone.c:22:2: note: 'buf->page' is read from 'rx_buffer.page': its origin is what the analyzed files store there
testcases/fp-rx-ring-alone.c:22:2: note: new reference taken by get_page()
testcases/fp-rx-ring-alone.c:24:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

struct rx_buffer {
	struct page *page;
	unsigned int offset;
};

int rx_frag(struct rx_buffer *buf, struct device *dev, struct scatterlist *sg)
{
	get_page(buf->page);
	sg_set_page(sg, buf->page, PAGE_SIZE, buf->offset);
	return dma_map_sg(dev, sg, 1, 1);
}
