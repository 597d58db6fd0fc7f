/* The ops structs the splice -> socket -> TCP path goes through, as in 6.1. */
#include "../kernel.h"

typedef long long loff_t;
struct sock;
struct file {
	const struct file_operations *f_op;
	void *private_data;
};
struct file_operations {
	ssize_t (*sendpage)(struct file *, struct page *, int, size_t, loff_t *, int);
};
struct socket {
	const struct proto_ops *ops;
	struct sock *sk;
};
struct proto_ops {
	int (*sendpage)(struct socket *sock, struct page *page, int offset, size_t size,
			int flags);
};
struct proto {
	int (*sendpage)(struct sock *sk, struct page *page, int offset, size_t size,
			int flags);
};
struct sock {
	struct proto *sk_prot;
	struct sk_buff *tail;
};
struct splice_desc {
	struct file *file;
	size_t len;
	loff_t pos;
};

int sock_no_sendpage(struct socket *sock, struct page *page, int offset, size_t size,
		     int flags);
ssize_t do_tcp_sendpages(struct sock *sk, struct page *page, int offset, size_t size,
			 int flags);
int tcp_sendpage(struct sock *sk, struct page *page, int offset, size_t size, int flags);
