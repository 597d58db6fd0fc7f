/* Parses only with the flags of the sibling that includes its Makefile
 * (amdkfd's files take amdgpu's include dirs). */
#include "gfx_sync.h"

int kfd_map(struct device *dev, struct scatterlist *sg, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
