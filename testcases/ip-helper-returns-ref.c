/*
 * check-name: a helper returning a page-cache page with a new reference (through another helper: two rounds of summaries) reaches I/O in the caller: definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-returns-ref.c:37:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-helper-returns-ref.c:33:22: note: 'page' comes from lookup_twice() (pagecache pages), which takes a new reference
testcases/ip-helper-returns-ref.c:26:1: note: lookup_twice() returns a page with a new reference on every normal return (its summary)
testcases/ip-helper-returns-ref.c:28:9: note: in lookup_twice(): the page comes from lookup()
testcases/ip-helper-returns-ref.c:17:1: note: lookup() returns a page with a new reference on every normal return (its summary)
testcases/ip-helper-returns-ref.c:19:22: note: in lookup(): the page comes from find_get_page()
testcases/ip-helper-returns-ref.c:38:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

static struct page *lookup(struct address_space *mapping, unsigned long index)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return NULL;
	return page;
}

static struct page *lookup_twice(struct address_space *mapping, unsigned long index)
{
	return lookup(mapping, index);
}

int send(struct address_space *mapping, struct bio *bio, unsigned long index)
{
	struct page *page = lookup_twice(mapping, index);

	if (!page)
		return -ENOMEM;
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
