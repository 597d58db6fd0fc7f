/* Parses only with kbuild's flags for it: the directory's ccflags-y (-I),
 * the object's CFLAGS_flagged.o and the parent's subdir-ccflags-y. */
#include "sub_private.h"
#if !defined(NEEDS_OBJECT_FLAG) || CONTINUED_LINE != 2 || !defined(FROM_DRIVERS_MAKEFILE)
#error "kbuild flags missing"
#endif

int map_one(struct device *dev, struct scatterlist *sg, struct page *page)
{
	get_page(page);
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

#ifdef MODULE
#error "built in (CONFIG_SUB=y): kbuild does not define MODULE"
#endif
#if !defined(TAB_LED_FLAG) || defined(FROM_A_RECIPE)
#error "a tab-led line outside a rule is Makefile text; a recipe is not"
#endif
