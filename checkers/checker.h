/* The interface between the engine and the rules. A checker is one rule id;
 * the engine calls its hooks at I/O and guard sites with the set of states
 * the page can be in there, and the checker decides whether that is a
 * finding (see check_template.c). */
#ifndef PAGECHECK_CHECKER_H
#define PAGECHECK_CHECKER_H

#include "../src/ir.h"
#include "../src/pagestate.h"

enum io_kind {
	IO_ATTACH,	/* page put into a carrier (sg_set_page, bio_add_page) */
	IO_DIRECT,	/* I/O on the page itself (dma_map_page) */
	IO_SUBMIT,	/* carrier holding the page submitted (submit_bio) */
	IO_RETURN,	/* function returns with the page in a live carrier */
};

struct io_site {
	enum io_kind kind;
	int obj;
	uint64_t states;	/* for SUBMIT/RETURN: only attached tuples */
	const struct event *ev;	/* the sink call; NULL for IO_RETURN */
	struct loc loc;		/* where this I/O happens */
};

struct guard_site {
	int obj;
	uint64_t states;
	const struct event *ev;
};

struct check_ctx;

struct checker {
	const char *id;
	void (*on_io)(struct check_ctx *ctx, const struct io_site *io);
	void (*on_guard)(struct check_ctx *ctx, const struct guard_site *g);
};

/* Report a finding on object obj at where; the engine adds the trace (origin,
 * reference, I/O) and decides confidence from the object's origin. */
void check_report(struct check_ctx *ctx, const char *rule, int obj,
		  struct loc where, const struct io_site *io, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
const struct object *check_object(struct check_ctx *ctx, int obj);
/* Where an I/O finding is shown: the call that put the page into I/O. */
struct loc io_warning_loc(struct check_ctx *ctx, const struct io_site *io);
const char *io_api(struct check_ctx *ctx, const struct io_site *io);
/* The guard a fix would call: the folio variant for folios. */
const char *guard_for(struct check_ctx *ctx, const struct io_site *io);

extern const struct checker *const checkers[];
extern const int ncheckers;
/* The registered rule id spelled name (a static string), or NULL. */
const char *checker_id(const char *name);

#endif
