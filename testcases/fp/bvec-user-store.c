/* fs/ceph/file.c __iter_get_bvecs(): user pages into a bio_vec array */
#include "../kernel.h"
#include "../accessor/frag.h"

int get_bvecs(struct iov_iter *iter, struct bio_vec *bvecs, struct page **pages)
{
	ssize_t n = iov_iter_get_pages2(iter, pages, PAGE_SIZE, 1, NULL);

	if (n <= 0)
		return -EFAULT;
	bvecs[0].bv_page = pages[0];
	return 0;
}
