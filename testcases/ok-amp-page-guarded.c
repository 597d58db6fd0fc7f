/*
 * check-name: one page returned through &page and made accessible (tested) before the I/O, or pinned (pin_user_pages_fast() guards it): silent
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int map_user_page(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_pinned_page(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_iter_page(struct iov_iter *from, struct scatterlist *sg, struct device *dev)
{
	struct page *page;
	size_t start;
	ssize_t got = iov_iter_get_pages2(from, &page, PAGE_SIZE, 1, &start);
	int err;

	if (got <= 0)
		return -EFAULT;
	err = arch_make_page_accessible(page);
	if (err) {
		put_page(page);
		return err;
	}
	sg_set_page(sg, page, got, start);
	return dma_map_sg(dev, sg, 1, 1);
}
