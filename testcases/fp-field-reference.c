/*
 * check-name: a page whose new reference stays in a struct field reaches I/O in the function that reads the field: drivers/dma-buf/udmabuf.c (6.12) pins folios with memfd_pin_folios() into ubuf->folios[] in udmabuf_pin_folios(), and get_sg_table() maps them through for_each_sg() with no guard; the site is missing with that path
 * check-exit-value: 1
 *
 * check-output-start
testcases/fp-field-reference.c:36:2: warning: 'h->page' reaches I/O in sg_set_page() without arch_make_page_accessible(), on the reference kept in 'holder.page' (definite) [missing-accessible]
testcases/fp-field-reference.c:34:5: note: 'h->page' is read from 'holder.page': its origin is what the analyzed files store there
testcases/fp-field-reference.c:31:2: note: origin: 'holder.page' is filled with user or page-cache pages in holder_fill()
testcases/fp-field-reference.c:37:9: note: I/O starts here: dma_map_sg() submits the carrier
testcases/fp-field-reference.c:31:2: note: the new reference it is about: get_user_pages_fast() in holder_fill() (testcases/fp-field-reference.c:31)
testcases/fp-field-reference.c:79:3: warning: 'ubuf->folios[]' reaches I/O in sg_set_folio() without arch_make_folio_accessible(), on the reference kept in 'udmabuf.folios[]' (definite) [missing-accessible]
testcases/fp-field-reference.c:68:5: note: 'ubuf->folios[]' is read from 'udmabuf.folios[]': its origin is what the analyzed files store there
testcases/fp-field-reference.c:61:3: note: origin: 'udmabuf.folios[]' is filled with user or page-cache pages in udmabuf_pin_folios()
testcases/fp-field-reference.c:80:9: note: I/O starts here: dma_map_sgtable() submits the carrier
testcases/fp-field-reference.c:57:14: note: the new reference it is about: memfd_pin_folios() in udmabuf_pin_folios() (testcases/fp-field-reference.c:57)
testcases/fp-field-reference.c:31:2: site: get_user_pages_fast() in holder_fill() ('h->page') reaches I/O without the guard further on (missing)
testcases/fp-field-reference.c:31:2: note: its reference stays in 'holder.page'
testcases/fp-field-reference.c:36:2: note: a page read from it reaches I/O: 'h->page' reaches I/O in sg_set_page() without arch_make_page_accessible(), on the reference kept in 'holder.page' (definite)
testcases/fp-field-reference.c:57:14: site: memfd_pin_folios() in udmabuf_pin_folios() ('folios[]') reaches I/O without the guard further on (missing)
testcases/fp-field-reference.c:57:14: note: its reference stays in 'udmabuf.folios[]'
testcases/fp-field-reference.c:79:3: note: a page read from it reaches I/O: 'ubuf->folios[]' reaches I/O in sg_set_folio() without arch_make_folio_accessible(), on the reference kept in 'udmabuf.folios[]' (definite)
 * check-output-end
 */
#include "kernel.h"

/* the holder shape: gup into h->page, mapped by another function */
struct holder { struct page *page; };

void holder_fill(struct holder *h, unsigned long addr)
{
	get_user_pages_fast(addr, 1, 0, &h->page);
}

int holder_map(struct device *dev, struct scatterlist *sg, struct holder *h)
{
	sg_set_page(sg, h->page, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 1, 1);
}

struct dma_buf { void *priv; };
struct udmabuf {
	unsigned long pagecount;
	struct folio **folios;
	unsigned long *offsets;
};
struct scatterlist *sg_next(struct scatterlist *sg);
int sg_alloc_table(struct sg_table *table, unsigned int nents, gfp_t gfp);
#define for_each_sg(sglist, sg, nr, __i) \
	for (__i = 0, sg = (sglist); __i < (nr); __i++, sg = sg_next(sg))

long udmabuf_pin_folios(struct udmabuf *ubuf, struct file *memfd, long long start,
			long long size, struct folio **folios, unsigned long pgcnt)
{
	unsigned long pgoff, upgcnt = 0;
	long nr_folios, cur_folio;

	nr_folios = memfd_pin_folios(memfd, start, start + size - 1, folios, pgcnt, &pgoff);
	if (nr_folios <= 0)
		return nr_folios ? nr_folios : -EINVAL;
	for (cur_folio = 0; cur_folio < nr_folios; ++cur_folio) {
		ubuf->folios[upgcnt] = folios[cur_folio];
		ubuf->offsets[upgcnt] = pgoff;
		++upgcnt;
	}
	return 0;
}

int get_sg_table(struct device *dev, struct dma_buf *buf, struct sg_table *sg, int direction)
{
	struct udmabuf *ubuf = buf->priv;
	struct scatterlist *sgl;
	unsigned int i = 0;
	int ret;

	ret = sg_alloc_table(sg, ubuf->pagecount, GFP_KERNEL);
	if (ret < 0)
		return ret;
	for_each_sg(sg->sgl, sgl, ubuf->pagecount, i)
		sg_set_folio(sgl, ubuf->folios[i], PAGE_SIZE, ubuf->offsets[i]);
	return dma_map_sgtable(dev, sg, direction, 0);
}
