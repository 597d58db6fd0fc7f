/*
 * check-name: the same array field filled with kernel pages only (alloc_page() into dio->pages[i]): the accessor hands its callers kernel-private pages, and nothing is reported
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

struct dio {
	struct page *pages[64];
	int head, tail;
	struct iov_iter *iter;
};

static int dio_refill_pages(struct dio *dio)
{
	dio->pages[0] = alloc_page(0);
	if (!dio->pages[0])
		return -ENOMEM;
	dio->head = 0;
	return 0;
}

static struct page *dio_get_page(struct dio *dio)
{
	if (dio->head == dio->tail && dio_refill_pages(dio))
		return NULL;
	return dio->pages[dio->head];
}

int do_direct_io(struct dio *dio, struct bio *bio)
{
	struct page *page = dio_get_page(dio);

	if (!page)
		return -EFAULT;
	get_page(page);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
