/*
 * check-name: the site inventory gives a page returned through &page a verdict: missing where it reaches I/O unguarded, guarded where it is made accessible first or pinned
 * check-command: pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["origin"], s["verdict"]) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
unguarded get_user_pages_fast page user missing
guarded get_user_pages_fast page user guarded
pinned pin_user_pages_fast page pinned guarded
 * check-output-end
 */
#include "kernel.h"

int unguarded(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int guarded(unsigned long addr, struct scatterlist *sg, struct device *dev)
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

int pinned(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
