/*
 * check-name: folio guard checked with an error variable and a goto error path
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int read_folio_into(struct address_space *mapping, struct bio *bio, unsigned long index)
{
	struct folio *folio = filemap_get_folio(mapping, index);
	int err;

	if (!folio)
		return -ENOMEM;
	err = arch_make_folio_accessible(folio);
	if (err)
		goto out;
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	err = submit_bio_wait(bio);
out:
	folio_put(folio);
	return err;
}
