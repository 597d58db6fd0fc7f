/*
 * check-name: --dump-cfg: rules.yaml page_types: struct page/folio values through pointers, arrays, const and typedefs are pages; a struct pagevec * or struct page_frag * holder is not (its fields are), so neither a parameter root nor a late call
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function holders at 42:6
  params: 6; pages: table o0, folios o1
  paths:
    sk
    sg
    pvec
    given
    table root o0
    folios root o1
    pfrag
    pvec->pages (pagevec.pages)
    pvec->pages[] (pagevec.pages[]) root o2
    pfrag->page (page_frag.page) root o3
    folios[] root o4
  objects:
    o0 root table, origin unknown
    o1 root folios, origin unknown
    o2 root pvec->pages[], origin unknown, field pagevec.pages[]
    o3 root pfrag->page, origin unknown, field page_frag.page in testcases/cfg-page-types.c
    o4 root folios[], origin unknown
  B0:
    45:20 pfrag = _
    47:2 call get_page(pvec->pages[]) [acquire]
    48:2 call sg_set_page(sg, pfrag->page, _, _) [sink attach]
    50:2 call table_helper(table) [late]
    51:2 call folio_get(folios[]) [acquire]
    42:6 return
 * check-output-end
 */
#include "kernel.h"

struct pagevec { unsigned char nr; struct page *pages[15]; };
typedef struct page *pgtable_t;
void frag_helper(struct page_frag *frag);
void table_helper(pgtable_t table);

void holders(struct sock *sk, struct scatterlist *sg, struct pagevec *pvec,
	     struct page_frag *given, pgtable_t table, const struct folio *const *folios)
{
	struct page_frag *pfrag = sk_page_frag(sk);

	get_page(pvec->pages[0]);
	sg_set_page(sg, pfrag->page, PAGE_SIZE, 0);
	frag_helper(given);
	table_helper(table);
	folio_get((struct folio *)folios[1]);
}
