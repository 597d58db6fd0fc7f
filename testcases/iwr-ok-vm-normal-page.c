/*
 * check-name: vm_normal_page() then get_page() and the guard: correct
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int dump(struct vm_area_struct *vma, struct scatterlist *sg, struct device *dev,
	 unsigned long addr, pte_t pte)
{
	struct page *page = vm_normal_page(vma, addr, pte);

	if (!page)
		return 0;
	get_page(page);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
