/*
 * check-name: a CPU copy into (or out of) the page's contents while its reference or lock holds it makes a missing guard possible, with the reason (s390's fault handler exported it, by accident): btrfs write_dev_supers() in 6.1 (page_address()) and 6.12 (folio_address() + offset), memcpy_to_page(); still definite when the copy is before the reference, on another path only, through a pointer no longer into the page, into one element of an array, or when the page is only mapped; silent with the guard
 * check-exit-value: 1
 *
 * check-output-start
testcases/ma-cpu-access.c:57:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-cpu-access.c:49:9: note: 'page' comes from find_or_create_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:53:2: note: new reference taken by get_page()
testcases/ma-cpu-access.c:58:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:55:2: note: memcpy() accessed its contents here while a reference or the page lock held it: a CPU access to a secure page faults and s390's fault handler (do_secure_storage_access()) exports it, and while it is held it cannot become secure again: accessible when the I/O starts, by accident, not by the protocol (rules.yaml cpu_access)
testcases/ma-cpu-access.c:76:2: warning: 'folio' reaches I/O in bio_add_folio() without arch_make_folio_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-cpu-access.c:70:10: note: 'folio' comes from __filemap_get_folio() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:77:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:74:2: note: memcpy() accessed its contents here while a reference or the page lock held it: a CPU access to a secure page faults and s390's fault handler (do_secure_storage_access()) exports it, and while it is held it cannot become secure again: accessible when the I/O starts, by accident, not by the protocol (rules.yaml cpu_access)
testcases/ma-cpu-access.c:89:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-cpu-access.c:84:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:90:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:88:2: note: memcpy_to_page() accessed its contents here while a reference or the page lock held it: a CPU access to a secure page faults and s390's fault handler (do_secure_storage_access()) exports it, and while it is held it cannot become secure again: accessible when the I/O starts, by accident, not by the protocol (rules.yaml cpu_access)
testcases/ma-cpu-access.c:101:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-cpu-access.c:97:22: note: 'page' comes from pte_page() (user or pagecache pages)
testcases/ma-cpu-access.c:100:2: note: new reference taken by get_page()
testcases/ma-cpu-access.c:102:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:116:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-cpu-access.c:110:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:117:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:131:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-cpu-access.c:124:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:132:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:147:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-cpu-access.c:139:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ma-cpu-access.c:148:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-cpu-access.c:162:3: warning: 'pages[]' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-cpu-access.c:156:10: note: 'pages[]' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/ma-cpu-access.c:163:2: note: I/O starts here: submit_bio() submits the carrier
 * check-output-end
 */
#include "kernel.h"

struct btrfs_super_block { char bytes[4096]; };

/* fs/btrfs/disk-io.c write_dev_supers(), 6.1 */
int write_super_page(struct address_space *mapping, struct btrfs_super_block *sb,
		     struct device *bdev, unsigned long index)
{
	struct btrfs_super_block *disk_super;
	struct page *page;
	struct bio *bio;

	page = find_or_create_page(mapping, index, GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	/* Bump the refcount for wait_dev_supers() */
	get_page(page);
	disk_super = page_address(page);
	memcpy(disk_super, sb, sizeof(*sb));
	bio = bio_alloc(bdev, 1, 0, GFP_KERNEL);
	__bio_add_page(bio, page, sizeof(*sb), 0);
	submit_bio(bio);
	return 0;
}

/* the same in 6.12: a folio, and a pointer at an offset into it */
int write_super_folio(struct address_space *mapping, struct btrfs_super_block *sb,
		      struct device *bdev, unsigned long index, size_t offset)
{
	struct btrfs_super_block *disk_super;
	struct folio *folio;
	struct bio *bio;

	folio = __filemap_get_folio(mapping, index, 0, GFP_KERNEL);
	if (IS_ERR(folio))
		return -ENOMEM;
	disk_super = folio_address(folio) + offset;
	memcpy(disk_super, sb, sizeof(*sb));
	bio = bio_alloc(bdev, 1, 0, GFP_KERNEL);
	bio_add_folio(bio, folio, sizeof(*sb), offset);
	submit_bio(bio);
	return 0;
}

/* a highmem.h helper on the page itself */
int fill_and_write(struct address_space *mapping, struct bio *bio, const char *buf)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	memcpy_to_page(page, 0, buf, 512);
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}

/* the copy came before the reference: the page could turn secure again */
int copy_before_ref(pte_t pte, struct bio *bio, const char *buf)
{
	struct page *page = pte_page(pte);

	memcpy_to_page(page, 0, buf, 512);
	get_page(page);
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}

/* the copy is on one path only */
int copy_on_one_path(struct address_space *mapping, struct bio *bio, const char *buf,
		     int fill)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	if (fill)
		memcpy(page_address(page), buf, 512);
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}

/* mapped, never touched */
int map_only(struct address_space *mapping, struct bio *bio)
{
	struct page *page = find_get_page(mapping, 0);
	void *kaddr;

	if (!page)
		return -ENOMEM;
	kaddr = kmap_local_page(page);
	kunmap_local(kaddr);
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}

/* the pointer points elsewhere by the time of the copy */
int pointer_moved(struct address_space *mapping, struct bio *bio, char *buf)
{
	struct page *page = find_get_page(mapping, 0);
	char *kaddr;

	if (!page)
		return -ENOMEM;
	kaddr = page_address(page);
	kaddr = buf;
	memset(kaddr, 0, 512);
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}

/* one element of the array is read: the others were not touched */
int peek_first(unsigned long addr, struct bio *bio, char *hdr)
{
	struct page *pages[4];
	int n = get_user_pages_fast(addr, 4, 0, pages);

	if (n <= 0)
		return -EFAULT;
	memcpy_from_page(hdr, pages[0], 0, 16);
	for (int i = 0; i < n; i++)
		bio_add_page(bio, pages[i], PAGE_SIZE, 0);
	submit_bio(bio);
	return 0;
}

/* the protocol: the guard, checked, after the copy */
int copy_then_guard(struct address_space *mapping, struct bio *bio, const char *buf)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	memcpy(page_address(page), buf, 512);
	if (arch_make_page_accessible(page)) {
		put_page(page);
		return -EIO;
	}
	bio_add_page(bio, page, 512, 0);
	submit_bio(bio);
	return 0;
}
