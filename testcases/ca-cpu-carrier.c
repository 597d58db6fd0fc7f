/*
 * check-name: af_alg_make_sg() (rules.yaml cpu_carriers: an AF_ALG crypto request, served by the CPU on s390) is possible at most, with the catalog's reason; the same code under another name stays definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ca-cpu-carrier.c:26:3: warning: 'sgl->pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-cpu-carrier.c:21:12: note: 'sgl->pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ca-cpu-carrier.c:27:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-cpu-carrier.c:37:3: warning: 'sgl->pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ca-cpu-carrier.c:32:12: note: 'sgl->pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ca-cpu-carrier.c:38:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-cpu-carrier.c:37:3: note: not device I/O: af_alg_make_sg() fills the sg list of an AF_ALG crypto request: served by the CPU on s390 (rules.yaml cpu_carriers)
 * check-output-end
 */
#include "kernel.h"

struct af_alg_sgl { struct scatterlist sg[16]; struct page *pages[16]; unsigned int npages; };

static int fill_sgl(struct af_alg_sgl *sgl, unsigned long uaddr, int n)
{
	int got = get_user_pages_fast(uaddr, n, FOLL_WRITE, sgl->pages);

	if (got < 0)
		return got;
	for (int i = 0; i < got; i++)
		sg_set_page(sgl->sg + i, sgl->pages[i], PAGE_SIZE, 0);
	return got;
}

int af_alg_make_sg(struct af_alg_sgl *sgl, unsigned long uaddr, int n)
{
	int got = get_user_pages_fast(uaddr, n, FOLL_WRITE, sgl->pages);

	if (got < 0)
		return got;
	for (int i = 0; i < got; i++)
		sg_set_page(sgl->sg + i, sgl->pages[i], PAGE_SIZE, 0);
	return got;
}

int dma_from_user(struct device *dev, struct af_alg_sgl *sgl, unsigned long uaddr, int n)
{
	int got = fill_sgl(sgl, uaddr, n);

	return got < 0 ? got : dma_map_sg(dev, sgl->sg, got, 1);
}
