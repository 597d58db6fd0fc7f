/*
 * check-name: a page-cache lookup stays a finding unless its mapping is read from a private_mappings field: a file's mapping (file->f_mapping, an inode's i_mapping), a field of the same name in another struct, a local assigned after its initializer is not followed (only the initializer), and a helper looking up its parameter's mapping hands its callers' user files' pages back
 * check-exit-value: 1
 *
 * check-output-start
testcases/ns-private-mapping.c:51:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-private-mapping.c:45:22: note: 'page' comes from find_or_create_page() (pagecache pages), which takes a new reference
testcases/ns-private-mapping.c:52:9: note: I/O starts here: submit_bio_wait() submits the carrier
testcases/ns-private-mapping.c:63:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-private-mapping.c:57:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ns-private-mapping.c:64:9: note: I/O starts here: submit_bio_wait() submits the carrier
testcases/ns-private-mapping.c:80:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-private-mapping.c:74:22: note: 'page' comes from lookup() (pagecache pages), which takes a new reference
testcases/ns-private-mapping.c:67:1: note: lookup() returns a page with a new reference on every normal return (its summary)
testcases/ns-private-mapping.c:69:9: note: in lookup(): the page comes from find_get_page()
testcases/ns-private-mapping.c:81:9: note: I/O starts here: submit_bio_wait() submits the carrier
testcases/ns-private-mapping.c:69:9: note: the new reference it is about: find_get_page() in lookup() (testcases/ns-private-mapping.c:69)
testcases/ns-private-mapping.c:101:2: warning: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ns-private-mapping.c:97:9: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ns-private-mapping.c:102:9: note: I/O starts here: submit_bio_wait() submits the carrier
testcases/ns-private-mapping.c:69:9: site: find_get_page() in lookup() ('find_get_page()') reaches I/O without the guard further on (missing)
testcases/ns-private-mapping.c:74:22: note: read_through_helper() takes it from lookup()
testcases/ns-private-mapping.c:80:2: note: reaches I/O: 'page' reaches I/O in bio_add_page() without arch_make_page_accessible() after its new reference (definite)
 * check-output-end
 */
#include "kernel.h"

struct inode {
	struct address_space *i_mapping;
};

struct file {
	struct address_space *f_mapping;
	struct inode *f_inode;
};

/* jd_inode as gfs2 names it, but another struct's */
struct journal {
	struct inode *jd_inode;
};

int read_file_page(struct file *file, unsigned long index)
{
	struct address_space *mapping = file->f_mapping;
	struct page *page = find_or_create_page(mapping, index, GFP_KERNEL);
	struct bio *bio;

	if (!page)
		return -ENOMEM;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}

int read_journal_page(struct journal *j, unsigned long index)
{
	struct page *page = find_get_page(j->jd_inode->i_mapping, index);
	struct bio *bio;

	if (!page)
		return -ENOMEM;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}

static struct page *lookup(struct address_space *mapping, unsigned long index)
{
	return find_get_page(mapping, index);
}

int read_through_helper(struct file *file, unsigned long index)
{
	struct page *page = lookup(file->f_inode->i_mapping, index);
	struct bio *bio;

	if (!page)
		return -ENOMEM;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}

struct gfs2_jdesc {
	struct inode *jd_inode;
};

/* the journal's mapping, but not by the time of the lookup */
int read_reassigned(struct gfs2_jdesc *jd, struct file *file, unsigned long index)
{
	struct address_space *mapping = jd->jd_inode->i_mapping;
	struct page *page;
	struct bio *bio;

	if (index)
		mapping = file->f_mapping;
	page = find_get_page(mapping, index);
	if (!page)
		return -ENOMEM;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
