/*
 * check-name: a page-cache page handed down a chain of helpers to fscrypt_crypt_block() (rules.yaml cpu_carriers: a skcipher request) is possible, with the reason, where the caller's page reaches it (fs/ext4 write_begin on 6.1); the same chain ending in a bio stays definite
 * check-exit-value: 1
 *
 * check-output-start
testcases/ca-cpu-carrier-chain.c:40:2: warning: 'page' reaches I/O in decrypt_blocks() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ca-cpu-carrier-chain.c:36:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ca-cpu-carrier-chain.c:29:1: note: decrypt_blocks() puts its argument 2 into a carrier (its summary)
testcases/ca-cpu-carrier-chain.c:31:9: note: in decrypt_blocks(): put into a carrier by fscrypt_crypt_block()
testcases/ca-cpu-carrier-chain.c:23:1: note: fscrypt_crypt_block() puts its argument 2 into a carrier (its summary)
testcases/ca-cpu-carrier-chain.c:25:2: note: in fscrypt_crypt_block(): put into a carrier by sg_set_page()
testcases/ca-cpu-carrier-chain.c:41:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/ca-cpu-carrier-chain.c:40:2: note: not device I/O: fscrypt_crypt_block() puts the page in a skcipher request: served by the CPU on s390 (rules.yaml cpu_carriers)
testcases/ca-cpu-carrier-chain.c:56:2: warning: 'page' reaches I/O in add_block() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ca-cpu-carrier-chain.c:52:22: note: 'page' comes from find_get_page() (pagecache pages), which takes a new reference
testcases/ca-cpu-carrier-chain.c:44:1: note: add_block() puts its argument 2 into a carrier (its summary)
testcases/ca-cpu-carrier-chain.c:46:2: note: in add_block(): put into a carrier by __bio_add_page()
testcases/ca-cpu-carrier-chain.c:57:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
#include "kernel.h"

int fscrypt_crypt_block(struct scatterlist *sg, struct page *page, unsigned int len)
{
	sg_set_page(sg, page, len, 0);
	return 0;
}

static int decrypt_blocks(struct scatterlist *sg, struct page *page)
{
	return fscrypt_crypt_block(sg, page, PAGE_SIZE);
}

int write_begin(struct scatterlist *sg, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 0);

	if (!page)
		return -ENOMEM;
	decrypt_blocks(sg, page);
	return 0;
}

static int add_block(struct bio *bio, struct page *page)
{
	__bio_add_page(bio, page, PAGE_SIZE, 0);
	return 0;
}

int read_begin(struct bio *bio, struct address_space *mapping)
{
	struct page *page = find_get_page(mapping, 1);

	if (!page)
		return -ENOMEM;
	add_block(bio, page);
	return 0;
}
