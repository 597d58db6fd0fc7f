/*
 * check-name: --dump-cfg: switch with fallthrough and default, && as two branches, ?: into a temporary, a catalog macro (pte_page) matched at its expansion site, a statement expression
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function pick at 63:5
  params: 5; pages: a o0, b o1
  paths:
    sg
    a root o0
    b root o1
    pte
    mode
    page root o3
    $0
    $1
    r
  objects:
    o0 root a, origin unknown
    o1 root b, origin unknown
    o2 call pte_page(), origin user or pagecache, at 75:25
    o3 root page, origin unknown
  B0:
    goto B3, B5, B6
  B1: from B3, B9
    if page is truthy: B12, else B11
  B2: unreachable
    goto B3
  B3: from B0, B2
    69:3 page = a
    goto B1
  B4: unreachable
    goto B5
  B5: from B0, B4
    72:3 call get_page(b) [acquire]
    goto B6
  B6: from B0, B5
    if mode is unknown: B7, else B8
  B7: from B6
    75:10 $0 = b
    goto B9
  B8: from B6
    75:25 call pte_page(pte) -> $1 [origin] new o2
    75:10 $0 = $1
    goto B9
  B9: from B7, B8
    75:3 page = $0
    goto B1
  B10: from B12
    78:3 call sg_set_page(sg, page, _, _) [sink attach]
    goto B11
  B11: from B1, B10, B12
    79:16 r = mode
    79:2 return r
  B12: from B1
    if mode is truthy: B10, else B11
  B13: unreachable
    63:5 return
 * check-output-end
 */
#include "kernel.h"

int pick(struct scatterlist *sg, struct page *a, struct page *b, pte_t pte, int mode)
{
	struct page *page;

	switch (mode) {
	case 0:
		page = a;
		break;
	case 1:
		get_page(b);
		/* fall through */
	default:
		page = mode > 2 ? b : pte_page(pte);
	}
	if (page && mode)
		sg_set_page(sg, page, PAGE_SIZE, 0);
	return ({ int r = mode; r; });
}
