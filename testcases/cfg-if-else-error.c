/*
 * check-name: --dump-cfg: if/else, a null test, error returns (ERR_PTR, a variable holding a negative constant), goto to a label
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function grab at 49:14
  params: 3
  paths:
    mapping
    index
    keep
    page root o1
    $0
    err
  objects:
    o0 call find_get_page(), origin pagecache, at 51:22
    o1 root page, origin unknown
  B0:
    51:22 call find_get_page(mapping, index) -> $0 [acquire] new o0
    51:15 page = $0
    52:6 err = _ (negative constant)
    if page is truthy: B2, else B1
  B1: from B0
    55:3 return (error)
  B2: from B0, B3
    if keep is truthy: B4, else B6
  B3: unreachable
    goto B2
  B4: from B2
    57:3 call lock_page(page) [lock]
    goto B5
  B5: from B4, B8
    60:2 return page
  B6: from B2
    goto B7
  B7: from B6, B9
    62:2 call put_page(page) [release]
    63:2 return (error)
  B8: unreachable
    goto B5
  B9: unreachable
    goto B7
  B10: unreachable
    49:14 return
 * check-output-end
 */
#include "kernel.h"

struct page *grab(struct address_space *mapping, unsigned long index, bool keep)
{
	struct page *page = find_get_page(mapping, index);
	int err = -EIO;

	if (!page)
		return ERR_PTR(-ENOMEM);
	if (keep)
		lock_page(page);
	else
		goto out_put;
	return page;
out_put:
	put_page(page);
	return ERR_PTR(err);
}
