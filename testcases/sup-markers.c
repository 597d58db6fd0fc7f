/*
 * check-name: pagecheck-ignore markers: on the line, on the line above, a begin/end range; what they suppress is listed with the reason, never dropped; a marker without a reason, naming no rule, suppressing nothing, or an end without a begin is itself reported (and makes the exit status 1)
 * check-exit-value: 1
 *
 * check-output-start
testcases/sup-markers.c:50:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/sup-markers.c:49:2: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/sup-markers.c:49:2: note: new reference taken by get_page()
testcases/sup-markers.c:51:2: note: returns with the page attached to a live carrier: I/O starts in a caller
testcases/sup-markers.c:26:2: suppressed: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]; pagecheck-ignore on line 26: the host never shares this ring with a secure guest
testcases/sup-markers.c:34:2: suppressed: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]; pagecheck-ignore on line 33: checked by the caller, see queue_all()
testcases/sup-markers.c:42:2: suppressed: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]; pagecheck-ignore on line 38: the whole legacy path: no s390
testcases/sup-markers.c:50:1: warning: the pagecheck-ignore marker gives no reason (a reason is required) [pagecheck-ignore]
testcases/sup-markers.c:56:1: warning: the pagecheck-ignore marker suppresses nothing [pagecheck-ignore]
testcases/sup-markers.c:60:1: warning: the pagecheck-ignore marker names no rule of pagecheck (see --list-rules) [pagecheck-ignore]
testcases/sup-markers.c:61:1: warning: the pagecheck-ignore marker ends a range no pagecheck-ignore-begin opened [pagecheck-ignore]
 * check-output-end
 */
#include "kernel.h"

int on_the_line(struct scatterlist *sg, struct pipe_buffer *buf)
{
	struct page *page = buf->page;

	get_page(page);
	sg_set_page(sg, page, buf->len, buf->offset); /* pagecheck-ignore: missing-accessible the host never shares this ring with a secure guest */
	return 0;
}

int above(struct scatterlist *sg, struct pipe_buffer *buf)
{
	get_page(buf->page);
	/* pagecheck-ignore: missing-accessible checked by the caller, see queue_all() */
	sg_set_page(sg, buf->page, buf->len, buf->offset);
	return 0;
}

/* pagecheck-ignore-begin: missing-accessible the whole legacy path: no s390 */
int in_range(struct scatterlist *sg, struct pipe_buffer *buf)
{
	get_page(buf->page);
	sg_set_page(sg, buf->page, buf->len, buf->offset);
	return 0;
}
/* pagecheck-ignore-end */

int no_reason(struct scatterlist *sg, struct pipe_buffer *buf)
{
	get_page(buf->page);
	sg_set_page(sg, buf->page, buf->len, buf->offset); /* pagecheck-ignore: missing-accessible */
	return 0;
}

int clean(struct scatterlist *sg, struct pipe_buffer *buf)
{
	/* pagecheck-ignore: missing-accessible nothing here to suppress */
	return 0;
}

/* pagecheck-ignore: missing-guard a rule that does not exist */
/* pagecheck-ignore-end */
