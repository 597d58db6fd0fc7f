/*
 * check-name: FOLL_PIN gup makes the pages accessible itself
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int direct_io(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int i, got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		if (bio_add_page(bio, pages[i], PAGE_SIZE, 0) < PAGE_SIZE)
			break;
	submit_bio(bio);
	return 0;
}
