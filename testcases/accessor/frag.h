/* skb_frag_t and its accessors as 6.1's include/linux/skbuff.h writes
 * them: one-line static inlines over a bio_vec. */
struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len, bv_offset;
};
typedef struct bio_vec skb_frag_t;

static inline struct page *skb_frag_page(const skb_frag_t *frag)
{
	return frag->bv_page;
}

struct frag_holder {
	skb_frag_t frag;
};

static inline struct page *holder_page(const struct frag_holder *h)
{
	return h->frag.bv_page;
}

/* more than a field read: not seen through */
static inline struct page *skb_frag_page_checked(const skb_frag_t *frag)
{
	if (!frag->bv_len)
		return NULL;
	return frag->bv_page;
}
