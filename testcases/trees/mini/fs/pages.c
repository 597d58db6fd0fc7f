int read_user_pages(struct iov_iter *from, struct sk_buff *skb)
{
	struct page *pages[4];
	size_t start;
	ssize_t n = iov_iter_get_pages2(from, pages, 4 * PAGE_SIZE, 4, &start);

	if (n <= 0)
		return -EFAULT;
	skb_fill_page_desc(skb, 0, pages[0], start, n);
	return 0;
}
