/* user-space tools are not kernel code */
void f(struct scatterlist *sg, struct page *p) { sg_set_page(sg, p, 1, 0); }
