/* another architecture: never a candidate of an x86 run */
void f(struct scatterlist *sg, struct page *p) { sg_set_page(sg, p, 1, 0); }
