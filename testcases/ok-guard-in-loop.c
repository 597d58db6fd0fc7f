/*
 * check-name: gup pages each made accessible in a loop before the bio is submitted
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int write_user(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	long got;
	int i;

	got = get_user_pages(uaddr, nr, 0, pages, NULL);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++) {
		if (arch_make_page_accessible(pages[i])) {
			release_pages(pages, got);
			return -EIO;
		}
		__bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	}
	submit_bio(bio);
	return 0;
}
