/*
 * check-name: a call through a driver's own ops table takes the summary of the functions the file puts there (designated, positional, assigned); a slot filled with functions that differ gets none
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-ops-local.c:69:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ip-ops-local.c:69:18: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ip-ops-local.c:69:18: note: new reference taken by late_ops.hold()
testcases/ip-ops-local.c:27:1: note: late_ops.hold() takes a reference on its argument 1 on every normal return and hands it back (its summary)
testcases/ip-ops-local.c:29:2: note: in late_ops.hold(): new reference taken by get_page()
testcases/ip-ops-local.c:70:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-ops-local.c:76:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ip-ops-local.c:76:18: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ip-ops-local.c:76:18: note: new reference taken by frag_ops.hold()
testcases/ip-ops-local.c:27:1: note: frag_ops.hold() takes a reference on its argument 1 on every normal return and hands it back (its summary)
testcases/ip-ops-local.c:29:2: note: in frag_ops.hold(): new reference taken by get_page()
testcases/ip-ops-local.c:77:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
#include "kernel.h"

struct frag_ops {
	struct page *(*hold)(struct page *page);
	void (*drop)(struct page *page);
};

static struct page *hold_ref(struct page *page)
{
	get_page(page);
	return page;
}

static struct page *hold_nothing(struct page *page)
{
	return page;
}

static void drop_ref(struct page *page)
{
	put_page(page);
}

static const struct frag_ops ref_ops = {
	.drop = drop_ref,
	.hold = hold_ref,
};

static const struct frag_ops same_ops = { hold_ref, drop_ref };

struct mixed_ops {
	struct page *(*hold)(struct page *page);
};

static const struct mixed_ops mixed_a = { .hold = hold_ref };
static const struct mixed_ops mixed_b = { .hold = hold_nothing };

struct late_ops {
	struct page *(*hold)(struct page *page);
};

void late_setup(struct late_ops *ops)
{
	ops->hold = hold_ref;
}

int map_late(const struct late_ops *ops, struct device *dev, struct scatterlist *sg,
	     struct page *page)
{
	sg_set_page(sg, ops->hold(page), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_one(const struct frag_ops *ops, struct device *dev, struct scatterlist *sg,
	    struct page *page)
{
	sg_set_page(sg, ops->hold(page), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

int map_mixed(const struct mixed_ops *ops, struct device *dev, struct scatterlist *sg,
	      struct page *page)
{
	sg_set_page(sg, ops->hold(page), PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
