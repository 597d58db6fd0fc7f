/*
 * check-name: --dump-cfg: &page of one page is the path "&page", whose one element is page (not page[]); a comparison or ! kept in a variable (ok = err == 0, ok = !err) is a test of the tested value, which a later branch on ok reads
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function one at 51:5
  params: 3
  paths:
    addr
    sg
    dev
    page root o0
    &page
    $0
    $1
    $2
    ok
    $3
    $4
  objects:
    o0 root page, origin unknown
    o1 call get_user_pages_fast(), origin user, at 56:6
  B0:
    56:6 call get_user_pages_fast(addr, _, _, &page) -> $0 [acquire] new o1
    if $0 is short: B1, else B2
  B1: from B0
    57:3 return (error)
  B2: from B0, B3
    58:7 call arch_make_page_accessible(page) -> $1 [guard]
    58:7 $2 = test of $1 (true: $1 is falsy)
    58:2 ok = $2
    if ok is truthy: B5, else B4
  B3: unreachable
    goto B2
  B4: from B2
    60:3 return (error)
  B5: from B2, B6
    61:7 $3 = test of ok (true: ok is falsy)
    61:2 ok = $3
    62:2 call sg_set_page(sg, page, _, _) [sink attach]
    63:9 call dma_map_sg(dev, sg, _, _) -> $4 [sink submit]
    63:2 return $4
  B6: unreachable
    goto B5
  B7: unreachable
    51:5 return
 * check-output-end
 */
#include "kernel.h"

int one(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *page;
	bool ok;

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	ok = arch_make_page_accessible(page) == 0;
	if (!ok)
		return -EIO;
	ok = !ok;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
