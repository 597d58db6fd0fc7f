/*
 * check-name: the same helpers testing the other way (a read only into an uptodate folio or page): the new reference from filemap_get_folio() reaches the reads unguarded
 * check-exit-value: 1
 *
 * check-output-start
testcases/ns-uptodate-read.c:58:11: warning: 'folio' reaches I/O in __write_begin() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-uptodate-read.c:53:24: note: 'folio' comes from filemap_get_folio() (pagecache pages), which takes a new reference
testcases/ns-uptodate-read.c:58:11: note: I/O starts here: __write_begin()
testcases/ns-uptodate-read.c:31:1: note: __write_begin() starts I/O on its argument 1 (its summary)
testcases/ns-uptodate-read.c:35:9: note: in __write_begin(): I/O started by read_folio_sync()
testcases/ns-uptodate-read.c:22:1: note: read_folio_sync() starts I/O on its argument 2 (its summary)
testcases/ns-uptodate-read.c:28:9: note: in read_folio_sync(): I/O started by bio_add_folio()
testcases/ns-uptodate-read.c:60:12: warning: 'folio' reaches I/O in page_write_begin() without arch_make_folio_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-uptodate-read.c:53:24: note: 'folio' comes from filemap_get_folio() (pagecache pages), which takes a new reference
testcases/ns-uptodate-read.c:60:12: note: I/O starts here: page_write_begin()
testcases/ns-uptodate-read.c:38:1: note: page_write_begin() starts I/O on its argument 1 (its summary)
testcases/ns-uptodate-read.c:47:9: note: in page_write_begin(): I/O started by bio_add_page()
 * check-output-end
 */
#include "kernel.h"

static int read_folio_sync(unsigned long block, struct folio *folio, size_t poff,
			   size_t plen)
{
	struct bio *bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);

	bio_add_folio(bio, folio, plen, poff);
	return submit_bio_wait(bio);
}

static int __write_begin(struct folio *folio, size_t from, size_t len)
{
	if (!folio_test_uptodate(folio))
		return 0;
	return read_folio_sync(0, folio, from, len);
}

static int page_write_begin(struct page *page, size_t len)
{
	struct bio *bio;

	if (!PageUptodate(page))
		return 0;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	if (bio_add_page(bio, page, len, 0) != len)
		return -EIO;
	return submit_bio_wait(bio);
}

int write_begin(struct address_space *mapping, unsigned long index, size_t len,
		struct folio **foliop)
{
	struct folio *folio = filemap_get_folio(mapping, index);
	int status;

	if (!folio)
		return -ENOMEM;
	status = __write_begin(folio, 0, len);
	if (!status)
		status = page_write_begin(&folio->page, len);
	if (status) {
		folio_put(folio);
		return status;
	}
	*foliop = folio;
	return 0;
}
