/*
 * check-name: a caller's page with no new reference here: outside an intra-procedural audit
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

void add(struct scatterlist *sg, struct page *page)
{
	sg_set_page(sg, page, PAGE_SIZE, 0);
}
