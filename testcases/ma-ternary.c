/*
 * check-name: ?: picks a page-cache page or an allocated one; only the page-cache one is reported
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-ternary.c:19:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-ternary.c:15:31: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-ternary.c:20:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int fill(struct address_space *mapping, struct bio *bio, unsigned long index, int cached)
{
	struct page *page = cached ? find_get_page(mapping, index) : alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
