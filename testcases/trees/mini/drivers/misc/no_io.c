/* calls no sink or guard: not a candidate */
void hold(struct page *page)
{
	get_page(page);
}
