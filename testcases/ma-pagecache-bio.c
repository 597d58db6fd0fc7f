/*
 * check-name: find_get_page() page added to a bio and submitted without guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-pagecache-bio.c:19:6: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-pagecache-bio.c:15:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-pagecache-bio.c:23:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int write_one(struct address_space *mapping, struct bio *bio, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOMEM;
	if (bio_add_page(bio, page, PAGE_SIZE, 0) < PAGE_SIZE) {
		put_page(page);
		return -EIO;
	}
	submit_bio(bio);
	return 0;
}
