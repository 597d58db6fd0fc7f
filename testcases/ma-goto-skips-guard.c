/*
 * check-name: a goto jumps over the guard to the submit label
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-goto-skips-guard.c:21:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-goto-skips-guard.c:18:9: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-goto-skips-guard.c:28:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int send(struct address_space *mapping, struct bio *bio, unsigned long index, int quick)
{
	struct page *page;
	int err;

	page = find_get_page(mapping, index);
	if (!page)
		return -ENOMEM;
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	if (quick)
		goto submit;
	err = arch_make_page_accessible(page);
	if (err)
		goto out_put;
submit:
	submit_bio(bio);
	return 0;
out_put:
	put_page(page);
	return err;
}
