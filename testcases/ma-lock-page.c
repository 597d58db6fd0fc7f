/*
 * check-name: the page lock is a marker too: a locked page still needs the guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-lock-page.c:17:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-lock-page.c:16:2: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ma-lock-page.c:16:2: note: page lock taken by lock_page()
testcases/ma-lock-page.c:18:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int write_locked(struct bio *bio, struct page *page)
{
	lock_page(page);
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	unlock_page(page);
	return 0;
}
