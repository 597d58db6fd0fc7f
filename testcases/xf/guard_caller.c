#include "../kernel.h"

int make_all_ok(struct page **pages, int n);

int map_one(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	if (make_all_ok(&page, 1)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
