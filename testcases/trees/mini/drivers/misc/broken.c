int broken(struct scatterlist *sg, struct page *page)
{
	sg_set_page(sg, page, PAGE_SIZE, 0)
	return 0;
}

/* a site the inventory keeps although the file does not parse: unanalyzed */
struct page *keep(struct page *page)
{
	get_page(page);
	return page;
}
