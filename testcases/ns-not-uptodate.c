/*
 * check-name: iomap_write_begin() as in 6.1: the read of __iomap_write_begin() runs only past folio_test_uptodate() == false (a folio nobody can map yet), so neither the helper nor its caller is reported
 * check-exit-value: 0
 *
 * check-output-start
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
	if (folio_test_uptodate(folio))
		return 0;
	return read_folio_sync(0, folio, from, len);
}

static int page_write_begin(struct page *page, size_t len)
{
	struct bio *bio;

	if (PageUptodate(page))
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
