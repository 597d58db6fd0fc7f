/*
 * check-name: with CONFIG_FORTIFY_SOURCE memcpy() is a macro whose statement expression checks the size and calls the builtin with the caller's own expressions (include/linux/fortify-string.h): the copy through kmap_local_page() + offset is matched at the builtin's call, and the finding is possible
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-cpu-access-fortified.c:34:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-cpu-access-fortified.c:26:22: note: 'page' comes from find_lock_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access-fortified.c:36:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access-fortified.c:32:2: note: __builtin_memcpy() accessed its contents here while a reference or the page lock held it: a CPU access to a secure page faults and s390's fault handler (do_secure_storage_access()) exports it, and while it is held it cannot become secure again: accessible when the I/O starts, by accident, not by the protocol (rules.yaml cpu_access)
 * check-output-end
 */
#include "kernel.h"

/* the shape of 6.1's __fortify_memcpy_chk(): a check, then the builtin */
#undef memcpy
#define memcpy(p, q, s) ({						\
	size_t __fortify_size = (size_t)(s);				\
	if (__fortify_size > PAGE_SIZE)					\
		BUG();							\
	__builtin_memcpy(p, q, __fortify_size);				\
})

int fill_block(struct address_space *mapping, struct bio *bio, const char *buf,
	       size_t offset, size_t len)
{
	struct page *page = find_lock_page(mapping, 0);
	char *kaddr;

	if (!page)
		return -ENOMEM;
	kaddr = kmap_local_page(page);
	memcpy(kaddr + offset, buf, len);
	kunmap_local(kaddr);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	unlock_page(page);
	submit_bio(bio);
	return 0;
}
