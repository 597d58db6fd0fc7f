/*
 * check-name: folio_start_writeback() is a macro over __folio_start_writeback(): marker and guard
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
#include "kernel.h"

int write_folio(struct folio *folio, struct bio *bio)
{
	folio_lock(folio);
	folio_start_writeback(folio);
	bio_add_folio(bio, folio, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
