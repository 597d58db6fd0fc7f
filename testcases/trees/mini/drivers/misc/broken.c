int broken(struct scatterlist *sg, struct page *page)
{
	sg_set_page(sg, page, PAGE_SIZE, 0)
	return 0;
}
