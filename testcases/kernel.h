/* A small stand-in for the kernel headers the test cases need: the APIs of
 * rules.yaml with their real 6.1 signatures, and macros where the kernel
 * has macros (pte_page, alloc_page, folio_start_writeback, dma_map_page,
 * page_folio, unlikely). */
#ifndef PAGECHECK_TEST_KERNEL_H
#define PAGECHECK_TEST_KERNEL_H

typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long long dma_addr_t;
typedef unsigned int gfp_t;
typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)
#define EIO 5
#define ENOMEM 12
#define EFAULT 14
#define EINVAL 22
#define GFP_KERNEL 0u
#define FOLL_WRITE 1u
#define PAGE_SIZE 4096ul
#define PAGE_SHIFT 12

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define BUG() do { __builtin_unreachable(); } while (0)
#define BUG_ON(c) do { if (unlikely(c)) BUG(); } while (0)
#define VM_BUG_ON_PAGE(c, page) BUG_ON(c)
#define WARN_ON(c) ({ int __ret = !!(c); unlikely(__ret); })

struct page { unsigned long flags; void *mapping; unsigned long index; };
struct folio { struct page page; };
struct address_space;
struct file;
struct vm_area_struct;
struct device;
struct socket;
struct virtqueue;
struct iov_iter;
struct scatterlist { unsigned long page_link; unsigned int offset, length; };
struct bio { int bi_vcnt; };
struct sk_buff { int len; };
struct pipe_inode_info;
struct page_frag { struct page *page; unsigned int offset, size; };
struct sock;
struct page_frag *sk_page_frag(struct sock *sk);
bool sk_page_frag_refill(struct sock *sk, struct page_frag *pfrag);
bool skb_page_frag_refill(unsigned int sz, struct page_frag *pfrag, gfp_t gfp);
struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
	const struct pipe_buf_operations *ops;
};
struct pipe_buf_operations {
	bool (*get)(struct pipe_inode_info *, struct pipe_buffer *);
	bool (*try_steal)(struct pipe_inode_info *, struct pipe_buffer *);
};
bool pipe_buf_try_steal(struct pipe_inode_info *pipe, struct pipe_buffer *buf);
bool folio_test_uptodate(struct folio *folio);
int PageUptodate(struct page *page);
typedef struct { unsigned long pte; } pte_t;

void *memcpy(void *d, const void *s, size_t n);
void *memset(void *s, int c, size_t n);
void *ERR_PTR(long error);
bool IS_ERR(const void *ptr);
void *page_address(const struct page *page);
void *folio_address(const struct folio *folio);
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);
void memcpy_to_page(struct page *page, size_t offset, const char *from, size_t len);
void memcpy_from_page(char *to, struct page *page, size_t offset, size_t len);
void memzero_page(struct page *page, size_t offset, size_t len);
void copy_highpage(struct page *to, struct page *from);

struct page *pfn_to_page(unsigned long pfn);
unsigned long pte_pfn(pte_t pte);
#define pte_page(pte) pfn_to_page(pte_pfn(pte))
#define virt_to_page(kaddr) pfn_to_page((unsigned long)(kaddr) >> PAGE_SHIFT)
struct page *virt_to_head_page(const void *x);
unsigned long _compound_head(const struct page *page);
#define compound_head(page) ((typeof(page))_compound_head(page))
#define page_folio(p) (_Generic((p),					\
	const struct page *: (const struct folio *)_compound_head(p),	\
	struct page *: (struct folio *)_compound_head(p)))
#define nth_page(page, n) ((page) + (n))
#define folio_page(folio, n) nth_page(&(folio)->page, n)

void get_page(struct page *page);
bool try_get_page(struct page *page);
void folio_get(struct folio *folio);
bool folio_try_get(struct folio *folio);
void put_page(struct page *page);
void folio_put(struct folio *folio);

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
void unpin_user_page(struct page *page);
void unpin_user_pages(struct page **pages, unsigned long npages);
void release_pages(struct page **pages, int nr);
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned maxpages, size_t *start);
ssize_t iov_iter_extract_pages(struct iov_iter *i, struct page ***pages,
			       size_t maxsize, unsigned int maxpages,
			       unsigned int extraction_flags, size_t *offset0);

long memfd_pin_folios(struct file *memfd, long long start, long long end,
		      struct folio **folios, unsigned int max_folios,
		      unsigned long *offset);
struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					 unsigned long index, gfp_t gfp);
static inline struct page *shmem_read_mapping_page(struct address_space *mapping,
						   unsigned long index)
{
	return shmem_read_mapping_page_gfp(mapping, index, GFP_KERNEL);
}
struct folio *shmem_read_folio_gfp(struct address_space *mapping,
				   unsigned long index, gfp_t gfp);
struct page *hmm_pfn_to_page(unsigned long hmm_pfn);
struct page *find_get_page(struct address_space *mapping, unsigned long offset);
struct page *find_lock_page(struct address_space *mapping, unsigned long index);
struct page *find_or_create_page(struct address_space *mapping, unsigned long index,
				 gfp_t gfp_mask);
struct folio *__filemap_get_folio(struct address_space *mapping, unsigned long index,
				  unsigned int fgp_flags, gfp_t gfp);
struct folio *filemap_get_folio(struct address_space *mapping, unsigned long index);
struct page *read_mapping_page(struct address_space *mapping,
			       unsigned long index, struct file *file);
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			    pte_t pte);
struct page *follow_page(struct vm_area_struct *vma, unsigned long address,
			 unsigned int foll_flags);

struct page *alloc_pages(gfp_t gfp, unsigned int order);
#define alloc_page(gfp_mask) alloc_pages(gfp_mask, 0)
struct page *dev_alloc_page(void);
struct folio *folio_alloc(gfp_t gfp, unsigned int order);
struct folio *vma_alloc_folio(gfp_t gfp, int order, struct vm_area_struct *vma,
			      unsigned long addr, bool hugepage);

/* 6.12's include/linux/mm.h has only the folio guard: -DKERNEL_FOLIO_GUARD_ONLY */
#ifndef KERNEL_FOLIO_GUARD_ONLY
int arch_make_page_accessible(struct page *page);
#endif
int arch_make_folio_accessible(struct folio *folio);

bool __folio_start_writeback(struct folio *folio, bool keep_write);
#define folio_start_writeback(folio) __folio_start_writeback(folio, false)
bool set_page_writeback(struct page *page);
void end_page_writeback(struct page *page);
void folio_end_writeback(struct folio *folio);

void lock_page(struct page *page);
void unlock_page(struct page *page);
bool trylock_page(struct page *page);

void sg_set_page(struct scatterlist *sg, struct page *page, unsigned int len,
		 unsigned int offset);
int bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		 unsigned int off);
void __bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		    unsigned int off);
bool bio_add_folio(struct bio *bio, struct folio *folio, size_t len, size_t off);
struct bio *bio_alloc(struct device *bdev, unsigned short nr_vecs,
		      unsigned int opf, gfp_t gfp_mask);
void bio_put(struct bio *bio);
void submit_bio(struct bio *bio);
int submit_bio_wait(struct bio *bio);
void skb_fill_page_desc(struct sk_buff *skb, int i, struct page *page, int off,
			int size);
int dma_map_sg_attrs(struct device *dev, struct scatterlist *sg, int nents,
		     int dir, unsigned long attrs);
#define dma_map_sg(d, s, n, r) dma_map_sg_attrs(d, s, n, r, 0)
dma_addr_t dma_map_page_attrs(struct device *dev, struct page *page,
			      size_t offset, size_t size, int dir,
			      unsigned long attrs);
#define dma_map_page(d, p, o, s, r) dma_map_page_attrs(d, p, o, s, r, 0)
int kernel_sendpage(struct socket *sock, struct page *page, int offset,
		    size_t size, int flags);
struct sg_table { struct scatterlist *sgl; unsigned int nents, orig_nents; };
struct sg_append_table { struct sg_table sgt; struct scatterlist *prv; unsigned int total_nents; };
int sg_alloc_table_from_pages_segment(struct sg_table *sgt, struct page **pages,
				      unsigned int n_pages, unsigned int offset,
				      unsigned long size, unsigned int max_segment,
				      gfp_t gfp_mask);
static inline int sg_alloc_table_from_pages(struct sg_table *sgt, struct page **pages,
					    unsigned int n_pages, unsigned int offset,
					    unsigned long size, gfp_t gfp_mask)
{
	return sg_alloc_table_from_pages_segment(sgt, pages, n_pages, offset, size,
						 0x7fffffff, gfp_mask);
}
int sg_alloc_append_table_from_pages(struct sg_append_table *sgt,
				     struct page **pages, unsigned int n_pages,
				     unsigned int offset, unsigned long size,
				     unsigned int max_segment, unsigned int left_pages,
				     gfp_t gfp_mask);
int dma_map_sgtable(struct device *dev, struct sg_table *sgt, int dir,
		    unsigned long attrs);
void sg_set_folio(struct scatterlist *sg, struct folio *folio, size_t len,
		  size_t offset);
int virtqueue_add_outbuf(struct virtqueue *vq, struct scatterlist sg[],
			 unsigned int num, void *data, gfp_t gfp);

#endif
