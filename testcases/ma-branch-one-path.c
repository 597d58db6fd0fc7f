/*
 * check-name: guard on only one branch of an if: the other path reaches I/O
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-branch-one-path.c:25:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-branch-one-path.c:15:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-branch-one-path.c:26:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int send(struct address_space *mapping, struct bio *bio, unsigned long index, int fast)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return -ENOMEM;
	if (!fast) {
		if (arch_make_page_accessible(page)) {
			put_page(page);
			return -EIO;
		}
	}
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
