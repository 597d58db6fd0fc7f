/* Subjects of missing-accessible's patch mode on a 6.12 tree, which declares
 * only arch_make_folio_accessible() (testcases/cocci-patch-folio.c). */
#include "../kernel.h"

struct skb_shared_info { unsigned char nr_frags; };
struct skb_shared_info *skb_shinfo(struct sk_buff *skb);
bool skb_can_coalesce(struct sk_buff *skb, int i, const struct page *page, int off);
void skb_frag_size_add(struct sk_buff *skb, int i, int delta);
void skb_zcopy_downgrade_managed(struct sk_buff *skb);
void skb_fill_page_desc_noacc(struct sk_buff *skb, int i, struct page *page, int off,
			      int size);
void lock_sock(struct sock *sk);
void release_sock(struct sock *sk);
#define EMSGSIZE 90

/* fixed: net/core/skbuff.c skb_append_pagefrags() as in 6.12, where a
 * pipe buffer's page arrives by MSG_SPLICE_PAGES (skb_splice_from_iter(),
 * which reverts the iterator and fails the send on an error) */
int skb_append_pagefrags(struct sk_buff *skb, struct page *page,
			 int offset, size_t size, size_t max_frags)
{
	int i = skb_shinfo(skb)->nr_frags;

	if (skb_can_coalesce(skb, i, page, offset)) {
		skb_frag_size_add(skb, i - 1, size);
	} else if (i < max_frags) {
		skb_zcopy_downgrade_managed(skb);
		get_page(page);
		skb_fill_page_desc_noacc(skb, i, page, offset, size);
	} else {
		return -EMSGSIZE;
	}

	return 0;
}

/* reported, not rewritten: a return from inside the loop would leave the
 * socket locked (chtls_sendpage()'s shape) */
int send_pages_locked(struct sock *sk, struct sk_buff *skb, struct page **pages, int n)
{
	int i;

	lock_sock(sk);
	for (i = 0; i < n; i++) {
		get_page(pages[i]);
		skb_fill_page_desc_noacc(skb, i, pages[i], 0, PAGE_SIZE);
	}
	release_sock(sk);
	return 0;
}

/* reported, not rewritten: the socket lock is held (no loop) */
int send_page_locked(struct sock *sk, struct sk_buff *skb, struct page *page)
{
	lock_sock(sk);
	get_page(page);
	skb_fill_page_desc_noacc(skb, 0, page, 0, PAGE_SIZE);
	release_sock(sk);
	return 0;
}

/* fixed: the lock was released before the reference */
int send_page_unlocked(struct sock *sk, struct sk_buff *skb, struct page *page)
{
	lock_sock(sk);
	release_sock(sk);
	get_page(page);
	skb_fill_page_desc_noacc(skb, 0, page, 0, PAGE_SIZE);
	return 0;
}
