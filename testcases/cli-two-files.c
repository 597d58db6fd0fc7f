/*
 * check-name: several sources in one run, "--" then compiler flags
 * check-command: pagecheck $file testcases/ok-guarded.c -- -DEXTRA=1
 * check-exit-value: 1
 *
 * check-output-start
testcases/cli-two-files.c:18:2: warning: 'page' reaches I/O in bio_add_folio() without arch_make_folio_accessible() after its new reference (possible) [missing-accessible]
testcases/cli-two-files.c:17:2: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/cli-two-files.c:17:2: note: new reference taken by folio_get()
testcases/cli-two-files.c:19:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

int write(struct bio *bio, struct page *page)
{
	folio_get(page_folio(page));
	bio_add_folio(bio, page_folio(page), PAGE_SIZE, EXTRA);
	submit_bio(bio);
	return 0;
}
