/*
 * check-name: a helper that only makes its page accessible and tells whether it worked (return arch_make_page_accessible(p); an error return on failure; a bool that is true on success; a helper calling one; one that cannot fail, BUG() on failure, which needs no test) is a guard at its calls: the callers that test it are silent, and the helper itself, whose page is its caller's, is not accessible-before-ref
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

static int make_ok(struct page *p)
{
	return arch_make_page_accessible(p);
}

static int make_ok_or_eio(struct page *p)
{
	if (arch_make_page_accessible(p))
		return -EIO;
	return 0;
}

static bool made_ok(struct page *p)
{
	return arch_make_page_accessible(p) == 0;
}

static int make_ok_again(struct page *p)
{
	return make_ok(p);
}

static void make_ok_or_bug(struct page *p)
{
	BUG_ON(arch_make_page_accessible(p));
}

int two(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	if (make_ok(page))
		return -EIO;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int kept(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *page = find_get_page(mapping, 0);
	int err;

	if (!page)
		return -ENOMEM;
	err = make_ok_or_eio(page);
	if (err) {
		put_page(page);
		return err;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int as_bool(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	if (!made_ok(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int nested(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	if (make_ok_again(page) < 0) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int cannot_fail(struct address_space *mapping, struct scatterlist *sg, struct device *dev)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	make_ok_or_bug(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
