/*
 * check-name: a helper that makes every page of an array accessible and returns the first error (for (i = 0; i < n; i++) { ret = arch_make_page_accessible(pages[i]); if (ret) return ret; } return 0;) is a guard of the array's elements at its calls: the pages get_user_pages_fast() filled, tested through it, are silent, and so is the helper
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

static int make_all_ok(struct page **pages, int n)
{
	int i, ret;

	for (i = 0; i < n; i++) {
		ret = arch_make_page_accessible(pages[i]);
		if (ret)
			return ret;
	}
	return 0;
}

int map_user(unsigned long addr, int n, struct scatterlist *sg, struct device *dev)
{
	struct page *pages[16];
	int i, got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	if (make_all_ok(pages, got))
		goto release;
	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, got, 1);
release:
	release_pages(pages, got);
	return -EIO;
}

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
