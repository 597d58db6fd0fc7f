/* Forward dataflow over a function's CFG: per page, the set of states
 * possible at each point; the checkers are run over the fixpoint. */
#ifndef PAGECHECK_DATAFLOW_H
#define PAGECHECK_DATAFLOW_H

#include "findings.h"
#include "ir.h"

/* What a caller needs to know of a function, read off its normal (not
 * error) returns: the base of function summaries. */
struct fn_summary {
	bool returned;		/* a normal return is reachable */
	unsigned held;		/* page parameters (bits) holding a new reference
				 * taken here at every normal return */
	int value_param;	/* the parameter every normal return hands back;
				 * -1: none, -2: differs between returns */
	unsigned guarded;	/* of those, made accessible (tested) on every one */
	unsigned attached;	/* page parameters in a carrier at some normal
				 * return (the I/O starts in the caller) */
	unsigned released;	/* page parameters whose reference is dropped
				 * at every normal return (put_page inside) */
	unsigned direct;	/* page parameters that reach I/O started here
				 * (a direct sink, or a submit) unguarded on
				 * some path: the caller's page goes to I/O */
	const char *direct_api;	/* the first such I/O, for the trace */
	struct loc direct_at;
	unsigned filled;	/* arrays of pages (struct page **) whose
				 * elements hold new references at every
				 * normal return: a get_user_pages() wrapper */
	unsigned filled_origin;
	int filled_obj;		/* one of those pages (for the trace), or -1 */
	/* page parameters (bits) made accessible here for the caller, who
	 * learns whether it worked: every normal return hands back the
	 * guard's result on it or has it made accessible (tested); of those,
	 * the arrays whose elements are meant (struct page **pages) */
	unsigned guards, guards_elems;
	enum result_kind guard_result;	/* what the handed-back result says
					 * (RESULT_NONE: none handed back) */
	bool guard_result_mixed;	/* returns differ in what it says */
	int guard_obj;		/* the page of the first such guard, or -1 */
	bool error_returned;	/* some return hands back a failure code */
	bool returns_new_ref;	/* every normal return that hands back a page
				 * (not NULL) hands back one with a reference
				 * taken here */
	bool returns_page;	/* some normal return hands back a page */
	bool ret_guarded;	/* and made accessible */
	unsigned ret_origin;	/* and where those pages come from */
	int ret_obj;		/* the page the first such return hands back */
	bool returns_field_page;	/* every such return hands back a page read
					 * from a struct field (dio->pages[i]): an
					 * accessor, whose callers get the field's pages */
	unsigned ret_field_origin;
	/* every such page that may be secure was looked up in the mapping
	 * that parameter ret_mapping_param is (squashfs_get_cache_page()):
	 * a caller handing a mapping user space never maps gets none */
	bool ret_mapping_seen;
	int ret_mapping_param;	/* -1: some page is of no parameter's mapping */
};

/* A page handed to a call the catalog does not know (a helper, or a call
 * through an ops field): where the callee's parameter comes from. */
struct call_arg {
	const char *callee;	/* as the event names it */
	int arg;
	struct loc loc;
	unsigned origin;	/* of the pages other than the caller's parameters */
	unsigned from_params;	/* and the caller's page parameters (bits) */
	const char *expr;	/* the page as the caller names it */
	const char *field;	/* read from "struct.field", or NULL */
	const char *site_api;	/* produced by this call, or NULL */
	struct loc site;
	const struct path *known;	/* read from a field the catalog knows */
};

struct call_log {
	struct call_arg *v;
	size_t n, cap;
};

/* sum, when given, receives the function's summary; calls, when given,
 * every page argument of a late call. */
void dataflow_analyze(struct function *fn, const struct catalog *cat,
		      struct results *out, struct fn_summary *sum, struct call_log *calls);

#endif
