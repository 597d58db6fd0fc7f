/* takes a new reference and starts no I/O: a candidate (every new-reference site is in the inventory) */
void hold(struct page *page)
{
	get_page(page);
}
