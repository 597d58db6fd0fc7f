/* The interface between the engine and the checkers, in the manner of
 * smatch's check_*.c: a checker owns the state dimensions it declares
 * (how a page's tuple changes at each page event) and registers hooks the
 * engine calls at I/O and guard sites with the set of tuples the page can
 * be in there. A checker with a rule id reports findings; one without (the
 * engine's own recorders: summaries, call log, field stores, site
 * verdicts) consumes the same hooks. See check_template.c.txt. */
#ifndef PAGECHECK_CHECKER_H
#define PAGECHECK_CHECKER_H

#include "../src/ir.h"
#include "../src/rules.h"
#include "../src/tuple.h"

enum io_kind {
	IO_ATTACH,	/* page put into a carrier (sg_set_page, bio_add_page) */
	IO_DIRECT,	/* I/O on the page itself (dma_map_page) */
	IO_SUBMIT,	/* carrier holding the page submitted (submit_bio) */
	IO_RETURN,	/* function returns with the page in a live carrier */
};

struct io_site {
	enum io_kind kind;
	int obj;
	stateset states;	/* for SUBMIT/RETURN: only attached tuples */
	const struct event *ev;	/* the sink call; NULL for IO_RETURN */
	struct loc loc;		/* where this I/O happens */
};

struct guard_site {
	int obj;
	stateset states;
	const struct event *ev;
};

/* What happens to a page, as the catalog classifies the call. */
enum page_change_kind {
	CHANGE_PRODUCED,	/* a call hands back a page of its own making */
	CHANGE_CALLER_PAGE,	/* a page the caller (or an unknown call) hands us */
	CHANGE_ACQUIRE,
	CHANGE_RELEASE,
	CHANGE_LOCK,
	CHANGE_UNLOCK,
	CHANGE_GUARD,		/* the guard is called */
	CHANGE_GUARD_OUTCOME,	/* a branch tells whether it succeeded */
	CHANGE_CPU_ACCESS,	/* the CPU reads or writes the page's contents */
};

struct page_change {
	enum page_change_kind kind;
	const struct api *api;	/* the catalog call, when there is one */
	bool result_kept;	/* GUARD: its result is stored for a later test */
	bool ok;		/* GUARD_OUTCOME */
};

struct check_ctx;
struct state;

struct checker {
	const char *id;		/* the rule id; NULL for an engine recorder */
	/* the state dimensions this checker owns (NULL-terminated) */
	struct state_dim *const *states;
	/* Its dimensions of now, at change c; before is the page's tuple as
	 * it was (checkers earlier in the registry have already moved now). */
	struct tuple (*on_change)(struct tuple before, struct tuple now,
				  const struct page_change *c);
	void (*on_io)(struct check_ctx *ctx, const struct io_site *io);
	void (*on_guard)(struct check_ctx *ctx, const struct guard_site *g);
	/* at the fixpoint, once per event and block: a call, a store into a
	 * path, a normal return; then once when the function is done */
	void (*on_call)(struct check_ctx *ctx, const struct state *s, const struct event *ev);
	void (*on_store)(struct check_ctx *ctx, const struct state *s, const struct event *ev);
	void (*on_return)(struct check_ctx *ctx, const struct state *s, const struct block *bl);
	void (*on_function_end)(struct check_ctx *ctx);
	/* a finding of this rule makes its page's site this verdict */
	const char *site_verdict;
	/* its trace shows where the guard was called (not when what it
	 * reports is the guard's absence) */
	bool trace_shows_guard;
};

struct finding;

/* Report a finding of the running checker's rule on object obj at where;
 * the engine adds the trace (origin, reference, I/O) and decides
 * confidence from the object's origin. The finding, or NULL when none
 * was made (kernel-private, or already reported there). */
struct finding *check_report(struct check_ctx *ctx, int obj, struct loc where,
			     const struct io_site *io, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* The checker's reason why f, definite by its origin, is possible only:
 * a note at `at` (in the function's file), when f was definite. */
void check_possible(struct check_ctx *ctx, struct finding *f, struct loc at,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* f's page reached I/O on the reference kept in field, not on one of the
 * function's: f stands only where some site's reference stays there. */
void check_on_field_reference(struct finding *f, const char *field);
const struct object *check_object(struct check_ctx *ctx, int obj);
/* The catalog the function is analyzed with (its words: reasons). */
const struct catalog *check_catalog(struct check_ctx *ctx);
/* Where an I/O finding is shown: the call that put the page into I/O. */
struct loc io_warning_loc(struct check_ctx *ctx, const struct io_site *io);
const char *io_api(struct check_ctx *ctx, const struct io_site *io);
/* The guard a fix would call: the folio variant for folios. */
const char *guard_for(struct check_ctx *ctx, const struct io_site *io);

/* The rules, in report order (check_list.h). */
extern const struct checker *const checkers[];
extern const int ncheckers;
/* The registered rule id spelled name (a static string), or NULL. */
const char *checker_id(const char *name);
/* 0, or -1 with "file:line:col: message" in err when the catalog's rules
 * section describes a rule the registry does not have. */
int checkers_check_catalog(const struct catalog *cat, char **err);

#endif
