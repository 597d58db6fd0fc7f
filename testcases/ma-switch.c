/*
 * check-name: switch: one case falls through to the I/O without the guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-switch.c:32:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-switch.c:16:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-switch.c:33:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int send(struct address_space *mapping, struct device *dev, struct scatterlist *sg,
	 unsigned long index, int mode)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOMEM;
	switch (mode) {
	case 0:
		if (arch_make_page_accessible(page))
			goto fail;
		break;
	case 1:
		/* fall through */
	case 2:
		break;
	default:
		goto fail;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
fail:
	put_page(page);
	return -EIO;
}
