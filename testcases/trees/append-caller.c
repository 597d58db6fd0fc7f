
/* appended to fs/pages.c by tree-across-files: a caller in another file
 * that hands drivers/sub/flagged.c's map_one() a user page */
int map_one(struct device *dev, struct scatterlist *sg, struct page *page);

int send_user_page(struct device *dev, struct scatterlist *sg, unsigned long addr)
{
	struct page *pages[1];

	if (get_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	return map_one(dev, sg, pages[0]);
}
