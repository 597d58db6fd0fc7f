/*
 * check-name: fs/mpage.c order: attach to the bio, set_page_writeback(), then submit
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

struct mpage_data { struct bio *bio; };

int writepage(struct page *page, struct mpage_data *mpd, struct device *bdev, int length)
{
	struct bio *bio = mpd->bio;

	lock_page(page);
alloc_new:
	if (bio == NULL)
		bio = bio_alloc(bdev, 256, 1, GFP_KERNEL);
	if (bio_add_page(bio, page, length, 0) < length) {
		submit_bio(bio);
		bio = NULL;
		goto alloc_new;
	}
	set_page_writeback(page);
	unlock_page(page);
	mpd->bio = bio;
	return 0;
}
