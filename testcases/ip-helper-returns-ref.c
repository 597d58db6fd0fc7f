/*
 * check-name: a helper returning a page-cache page with a new reference (through another helper: two rounds of summaries) reaches I/O in the caller: definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-returns-ref.c:45:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-helper-returns-ref.c:41:22: note: 'page' comes from lookup_twice() (pagecache pages), which takes a new reference
testcases/ip-helper-returns-ref.c:34:1: note: lookup_twice() returns a page with a new reference on every normal return (its summary)
testcases/ip-helper-returns-ref.c:36:9: note: in lookup_twice(): the page comes from lookup()
testcases/ip-helper-returns-ref.c:25:1: note: lookup() returns a page with a new reference on every normal return (its summary)
testcases/ip-helper-returns-ref.c:27:22: note: in lookup(): the page comes from find_get_page()
testcases/ip-helper-returns-ref.c:46:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ip-helper-returns-ref.c:27:22: note: the new references it is about: find_get_page() in lookup() (testcases/ip-helper-returns-ref.c:27), lookup() in lookup_twice() (testcases/ip-helper-returns-ref.c:36)
testcases/ip-helper-returns-ref.c:27:22: site: find_get_page() in lookup() ('page') reaches I/O without the guard further on (missing)
testcases/ip-helper-returns-ref.c:36:9: note: lookup_twice() takes it from lookup()
testcases/ip-helper-returns-ref.c:41:22: note: send() takes it from lookup_twice()
testcases/ip-helper-returns-ref.c:45:2: note: reaches I/O: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite)
testcases/ip-helper-returns-ref.c:36:9: site: lookup() in lookup_twice() ('lookup()') reaches I/O without the guard further on (missing)
testcases/ip-helper-returns-ref.c:41:22: note: send() takes it from lookup_twice()
testcases/ip-helper-returns-ref.c:45:2: note: reaches I/O: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite)
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
