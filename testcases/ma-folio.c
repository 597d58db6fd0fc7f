/*
 * check-name: a page-cache folio goes into a bio without arch_make_folio_accessible()
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-folio.c:19:7: warning: 'folio' reaches I/O in bio_add_folio() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-folio.c:15:24: note: 'folio' comes from filemap_get_folio() (pagecache pages), which takes a new reference
testcases/ma-folio.c:23:9: note: I/O starts here: submit_bio_wait() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int read_folio_into(struct address_space *mapping, struct bio *bio, unsigned long index)
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (IS_ERR(folio))
		return -EIO;
	if (!bio_add_folio(bio, folio, PAGE_SIZE, 0)) {
		folio_put(folio);
		return -EIO;
	}
	return submit_bio_wait(bio);
}
