#include <big.h>

int guarded(struct device *dev, struct scatterlist *sg, struct page *page)
{
	if (!try_get_page(page))
		return -EFAULT;
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EFAULT;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

/* a part of big.o, which obj-$(CONFIG_BIG) makes a module (CONFIG_BIG=m):
 * kbuild compiles it with -DMODULE */
#ifndef MODULE
#error "kbuild's -DMODULE missing for an object of a module"
#endif
