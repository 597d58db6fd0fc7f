/*
 * check-name: every new-reference site gets one verdict: missing, guarded, released (dropped before any I/O), escapes (returned, stored in a field, handed to a call nothing analyzed describes: says where), cpu-only (nowhere the analysis follows), kernel-private
 * check-command: pagecheck --format=json $file | python3 -c 'import json,sys; [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in json.load(sys.stdin)["sites"]]'
 *
 * check-output-start
send find_get_page cached missing 
send find_get_page safe guarded 
dropped find_get_page page released 
handed_back find_get_page find_get_page() escapes returned to its callers
handed_on find_get_page page escapes handed to consume(), which nothing analyzed describes
kept find_get_page buf->page escapes stored in pipe_buffer.page
looked_at find_get_page page cpu-only 
own_page alloc_page alloc_page() kernel-private 
 * check-output-end
 */
#include "kernel.h"

void consume(struct page *page);

int send(struct device *dev, struct scatterlist *sg, struct address_space *mapping)
{
	struct page *cached = find_get_page(mapping, 0);
	struct page *safe = find_get_page(mapping, 1);

	if (!cached || !safe)
		return -ENOMEM;
	if (arch_make_page_accessible(safe))
		return -EIO;
	sg_set_page(&sg[0], cached, PAGE_SIZE, 0);
	sg_set_page(&sg[1], safe, PAGE_SIZE, 0);
	return dma_map_sg(dev, sg, 2, 1);
}

void dropped(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 2);

	if (page)
		put_page(page);
}

struct page *handed_back(struct address_space *mapping)
{
	return find_get_page(mapping, 3);
}

void handed_on(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 4);

	if (page)
		consume(page);
}

void kept(struct pipe_buffer *buf, struct address_space *mapping)
{
	buf->page = find_get_page(mapping, 5);
}

void looked_at(struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 6);

	if (page && PageUptodate(page))
		return;
}

void *own_page(void)
{
	return alloc_page(GFP_KERNEL);
}
