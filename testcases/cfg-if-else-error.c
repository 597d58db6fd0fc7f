/*
 * check-name: --dump-cfg: if/else, a null test and an error return
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function grab at 41:14
  params: 3
  paths:
    mapping
    index
    keep
    page root o1
    $0
  objects:
    o0 call find_get_page(), origin pagecache, at 43:22
    o1 root page, origin unknown
  B0:
    43:22 call find_get_page(mapping, index) -> $0 [acquire] new o0
    43:15 page = $0
    if page is truthy: B2, else B1
  B1: from B0
    46:3 return (error)
  B2: from B0, B3
    if keep is truthy: B4, else B6
  B3: unreachable
    goto B2
  B4: from B2
    48:3 call lock_page(page) [lock]
    goto B5
  B5: from B4, B6
    51:2 return page
  B6: from B2
    50:3 call put_page(page) [release]
    goto B5
  B7: unreachable
    41:14 return
 * check-output-end
 */
#include "kernel.h"

struct page *grab(struct address_space *mapping, unsigned long index, bool keep)
{
	struct page *page = find_get_page(mapping, index);

	if (!page)
		return ERR_PTR(-EIO);
	if (keep)
		lock_page(page);
	else
		put_page(page);
	return page;
}
