/*
 * check-name: pages looked up in a mapping user space never maps are kernel-private (rules.yaml private_mappings): gfs2_find_jhead()'s journal inode through a local initialized from jd->jd_inode->i_mapping, squashfs_bio_read()'s block cache through a helper that looks up its parameter's mapping (its summary says which), btrfs's btree inode written as a member path in the call; every site says why
 * check-command: pagecheck --format=json $file | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["findings"]), "findings"); [print(s["function"], s["api"], s["expression"], s["verdict"], s.get("reason", "")) for s in d["sites"]]'
 *
 * check-output-start
0 findings
find_jhead find_or_create_page page kernel-private looked up in the mapping of gfs2_jdesc.jd_inode: gfs2's journal inode (gfs2_jindex_hold()), a system file of the jindex, which no mount of the filesystem shows (only a gfs2meta mount of its system files)
get_cache_page find_get_page page kernel-private returned to its callers (its caller bio_read(): kernel-private)
bio_read get_cache_page page kernel-private looked up in the mapping of squashfs_sb_info.cache_mapping: squashfs's block cache, the mapping of an inode new_inode() made and no directory holds (squashfs_fill_super())
bio_read alloc_page page kernel-private 
read_tree_block grab_cache_page page kernel-private looked up in the mapping of btrfs_fs_info.btree_inode: btrfs's btree inode (btrfs_init_btree_inode()), the metadata cache of the tree root, which no subvolume user space opens
 * check-output-end
 */
#include "kernel.h"

struct inode {
	struct address_space *i_mapping;
};

struct gfs2_jdesc {
	struct inode *jd_inode;
};

struct squashfs_sb_info {
	struct address_space *cache_mapping;
};

struct page *grab_cache_page(struct address_space *mapping, unsigned long index);

struct btrfs_fs_info {
	struct inode *btree_inode;
};

/* fs/gfs2/lops.c gfs2_find_jhead(), its shape */
int find_jhead(struct gfs2_jdesc *jd, unsigned long blocks)
{
	struct address_space *mapping = jd->jd_inode->i_mapping;
	struct bio *bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	struct page *page;

	for (unsigned long block = 0; block < blocks; block++) {
		page = find_or_create_page(mapping, block, GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		bio_add_page(bio, page, PAGE_SIZE, 0);
	}
	submit_bio(bio);
	return 0;
}

/* fs/squashfs/block.c (6.12) */
static struct page *get_cache_page(struct address_space *mapping, unsigned long index)
{
	struct page *page;

	if (!mapping)
		return NULL;
	page = find_get_page(mapping, index);
	if (!page)
		return NULL;
	if (!PageUptodate(page)) {
		put_page(page);
		return NULL;
	}
	return page;
}

int bio_read(struct squashfs_sb_info *msblk, int page_count)
{
	struct address_space *cache_mapping = msblk->cache_mapping;
	struct bio *bio = bio_alloc(NULL, page_count, 0, GFP_KERNEL);

	for (int i = 0; i < page_count; i++) {
		struct page *page = get_cache_page(cache_mapping, i);

		if (!page)
			page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		__bio_add_page(bio, page, PAGE_SIZE, 0);
	}
	return submit_bio_wait(bio);
}

int read_tree_block(struct btrfs_fs_info *fs_info, unsigned long index)
{
	struct page *page = grab_cache_page(fs_info->btree_inode->i_mapping, index);
	struct bio *bio;

	if (!page)
		return -ENOMEM;
	bio = bio_alloc(NULL, 1, 0, GFP_KERNEL);
	bio_add_page(bio, page, PAGE_SIZE, 0);
	return submit_bio_wait(bio);
}
