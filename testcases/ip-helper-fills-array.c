/*
 * check-name: a get_user_pages_fast() wrapper that fills its caller's array is summarized as filling it (an out-array): the caller's user pages reach I/O unguarded, definite, and the trace walks into the wrapper
 * check-exit-value: 1
 *
 * check-output-start
testcases/ip-helper-fills-array.c:35:2: warning: 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ip-helper-fills-array.c:31:10: note: 'pages[]' comes from pin_buffer() (user pages), which takes a new reference
testcases/ip-helper-fills-array.c:19:1: note: pin_buffer() fills its argument 3 with pages it takes new references on (its summary)
testcases/ip-helper-fills-array.c:21:12: note: in pin_buffer(): the pages come from get_user_pages_fast()
testcases/ip-helper-fills-array.c:36:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/ip-helper-fills-array.c:21:12: note: the new reference it is about: get_user_pages_fast() in pin_buffer() (testcases/ip-helper-fills-array.c:21)
testcases/ip-helper-fills-array.c:21:12: site: get_user_pages_fast() in pin_buffer() ('pages[]') reaches I/O without the guard further on (missing)
testcases/ip-helper-fills-array.c:31:10: note: send_buffer() takes it from pin_buffer()
testcases/ip-helper-fills-array.c:35:2: note: reaches I/O: 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"

static int pin_buffer(unsigned long addr, int n, struct page **pages)
{
	int got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got <= 0)
		return -EFAULT;
	return got;
}

int send_buffer(unsigned long addr, struct scatterlist *sg, struct device *dev)
{
	struct page *pages[4];
	int n = pin_buffer(addr, 4, pages);

	if (n < 0)
		return n;
	sg_set_page(sg, pages[0], PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}
