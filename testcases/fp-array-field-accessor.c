/*
 * check-name: field provenance over an array field: gup into dio->pages is a store of user pages into dio.pages[], and an accessor returning dio->pages[dio->head] hands its callers the field's pages (no reference of its own); the page the caller then puts in a bio is user memory: definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp-array-field-accessor.c:50:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp-array-field-accessor.c:45:22: note: 'page' comes from dio_get_page() (user or pagecache pages)
testcases/fp-array-field-accessor.c:36:1: note: dio_get_page() returns a page with a new reference on every normal return (its summary)
testcases/fp-array-field-accessor.c:49:2: note: new reference taken by get_page()
testcases/fp-array-field-accessor.c:51:2: note: I/O starts here: submit_bio() submits the carrier
testcases/fp-array-field-accessor.c:28:16: note: the new reference it is about: iov_iter_get_pages2() in dio_refill_pages() (testcases/fp-array-field-accessor.c:28)
testcases/fp-array-field-accessor.c:28:16: site: iov_iter_get_pages2() in dio_refill_pages() ('dio->pages[]') reaches I/O without the guard further on (missing)
testcases/fp-array-field-accessor.c:28:16: note: its reference stays in 'dio.pages[]'
testcases/fp-array-field-accessor.c:45:22: note: do_direct_io() reads it
testcases/fp-array-field-accessor.c:50:2: note: reaches I/O: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite)
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
	ssize_t ret = iov_iter_get_pages2(dio->iter, dio->pages, 1 << 20, 64, NULL);

	if (ret < 0)
		return ret;
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
