/* clang stops at the unknown type; Coccinelle still reads the function */
#include "../kernel.h"

int send_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	unknown_type_t cookie = 0;

	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, (int)cookie);
}
