/*
 * check-name: a page handed back by a function nothing analyzed describes is of unknown origin (possible), and the trace names that function; the head page of a kernel address (virt_to_head_page) is kernel-private
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-unknown-helper-page.c:23:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-unknown-helper-page.c:22:2: note: 'page' comes from ring_lookup(), which nothing analyzed describes: unknown origin
testcases/ma-unknown-helper-page.c:22:2: note: new reference taken by get_page()
testcases/ma-unknown-helper-page.c:24:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

struct ring;
struct page *ring_lookup(struct ring *ring, unsigned long addr);

int map_ring_page(struct ring *ring, struct scatterlist *sg, struct device *dev,
		  unsigned long addr)
{
	struct page *page = ring_lookup(ring, addr);

	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_kernel_buffer(void *data, struct scatterlist *sg, struct device *dev)
{
	struct page *page = virt_to_head_page(data);

	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
