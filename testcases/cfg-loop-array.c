/*
 * check-name: --dump-cfg: a for loop over an array of pages, one group pages[] for every element
 * check-command: pagecheck --dump-cfg $file
 *
 * check-output-start
function map_pages at 41:5
  params: 4; pages: pages o0
  paths:
    dev
    sg
    pages root o0
    n
    i
    pages[] root o1
    sg[]
    $0
  objects:
    o0 root pages, origin unknown
    o1 root pages[], origin unknown
  B0:
    45:7 i = _
    goto B1
  B1: from B0, B3
    if i is short: B2, else B4
  B2: from B1
    46:3 call get_page(pages[]) [acquire]
    47:3 call sg_set_page(sg[], pages[], _, _) [sink attach]
    goto B3
  B3: from B2
    45:21 i = i
    goto B1
  B4: from B1
    49:9 call dma_map_sg(dev, sg, n, _) -> $0 [sink submit]
    49:2 return $0
  B5: unreachable
    41:5 return
 * check-output-end
 */
#include "kernel.h"

int map_pages(struct device *dev, struct scatterlist *sg, struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		get_page(pages[i]);
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	}
	return dma_map_sg(dev, sg, n, 1);
}
