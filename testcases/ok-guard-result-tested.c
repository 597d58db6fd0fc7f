/*
 * check-name: the guard's result kept as a test of it (ok = arch_make_page_accessible(p) == 0, ok = !err) and tested later (if (!ok) return -EIO) counts as tested, on a caller's page array that get_user_pages_fast() just filled (pages[0], pages[i] in a loop): silent
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int map_first(struct page **pages, unsigned long addr, struct scatterlist *sg,
	      struct device *dev)
{
	bool ok;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	ok = arch_make_page_accessible(pages[0]) == 0;
	if (!ok)
		return -EIO;
	sg_set_page(sg, pages[0], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_all(struct page **pages, int n, unsigned long addr, struct scatterlist *sg,
	    struct device *dev)
{
	int i, got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++) {
		bool failed = !(arch_make_page_accessible(pages[i]) == 0);

		if (failed)
			return -EIO;
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	}
	return dma_map_sg(dev, sg, got, 1);
}

int map_one(struct page *page, struct scatterlist *sg, struct device *dev)
{
	int ok;

	get_page(page);
	ok = !arch_make_page_accessible(page);
	if (ok == 0) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
