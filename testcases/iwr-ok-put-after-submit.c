/*
 * check-name: the reference is dropped only after the I/O
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int write_sync(struct bio *bio, struct address_space *mapping)
{
	struct page *page = find_lock_page(mapping, 0);
	int ret;

	if (!page)
		return -ENOMEM;
	ret = arch_make_page_accessible(page);
	if (ret)
		goto out;
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	ret = submit_bio_wait(bio);
out:
	unlock_page(page);
	put_page(page);
	return ret;
}
