/*
 * check-name: PAGECHECK_TEST_BOUNDS=max_results=0: no call result is remembered, so the test of the guard's result refines nothing and the page looks unchecked; the cut is counted beside the finding it caused
 * check-command: PAGECHECK_TEST_BOUNDS=max_results=0 pagecheck $file | grep -v ': note: '
 * check-exit-value: 0
 *
 * check-output-start
testcases/bound-max-results.c:27:3: warning: result of arch_make_page_accessible() on 'pages[]' is not checked before I/O in __bio_add_page() (definite) [unchecked-accessible]
pagecheck: truncated: 1 function (call results tracked at once: write_user() in testcases/bound-max-results.c)
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
