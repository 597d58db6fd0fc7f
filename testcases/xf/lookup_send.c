/* ... used in another to send the page: the summary crosses the file. */
#include "../kernel.h"

struct page *cache_lookup(struct address_space *mapping, unsigned long index);

int send_cached(struct address_space *mapping, struct bio *bio, unsigned long index)
{
	struct page *page = cache_lookup(mapping, index);

	if (!page)
		return -ENOMEM;
	bio_add_page(bio, page, PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}
