/*
 * check-name: PAGECHECK_TEST_BOUNDS=fixpoint=3: one function's fixpoint stops after three block visits, before the loop is done; the function is counted, so a silence after a cut is not taken for a proof
 * check-command: PAGECHECK_TEST_BOUNDS=fixpoint=3 pagecheck $file
 * check-exit-value: 0
 *
 * check-output-start
pagecheck: truncated: 1 function (fixpoint budget: write_user() in testcases/bound-fixpoint.c)
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
