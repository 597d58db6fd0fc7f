/* What the stages of the per-function analysis share: the context the
 * hooks run in, the hook dispatch (rules first, then the engine's
 * recorders) and the transfer over one block. Not for other users. */
#ifndef PAGECHECK_ENGINE_H
#define PAGECHECK_ENGINE_H

#include "../checkers/checker.h"
#include "dataflow.h"
#include "lattice.h"

struct check_ctx {
	struct function *fn;
	const struct catalog *cat;
	struct results *out;
	size_t first_finding;
	struct fn_summary *sum;		/* or NULL */
	struct call_log *calls;		/* or NULL */
	const struct checker *current;	/* whose hook runs */
};

/* The engine's recorders: consumers of the rules' hooks. */
extern const struct checker summary_recorder, call_recorder, store_recorder,
	site_recorder;

/* Registers the state dimensions, once. */
void hooks_init(void);
/* Every registered checker's change applied to each tuple of set; for a
 * page just made (no set yet), to the untouched tuple. */
stateset states_change(stateset set, const struct page_change *c);
stateset states_fresh(const struct page_change *c);
void objs_change(struct state *s, const objset *objs, const struct page_change *c);

static inline void objs_event(struct state *s, const objset *objs, enum page_change_kind kind,
			      const struct api *api)
{
	struct page_change c = {kind, api, false, false};
	objs_change(s, objs, &c);
}

static inline stateset states_fresh_event(enum page_change_kind kind, const struct api *api)
{
	struct page_change c = {kind, api, false, false};
	return states_fresh(&c);
}

void hooks_io(struct check_ctx *ctx, const struct io_site *io);
void hooks_guard(struct check_ctx *ctx, const struct guard_site *g);
void hooks_call(struct check_ctx *ctx, const struct state *s, const struct event *ev);
void hooks_store(struct check_ctx *ctx, const struct state *s, const struct event *ev);
void hooks_return(struct check_ctx *ctx, const struct state *s, const struct block *bl);
void hooks_function_end(struct check_ctx *ctx);

/* transfer.c: the events of block bl on s; the hooks run when report. */
void transfer(struct check_ctx *ctx, struct state *s, const struct block *bl, bool report);
/* branch.c: what the edge taken with outcome o of a test of cond tells. */
void apply_edge(struct function *fn, struct state *s, int cond, enum outcome o);
/* The first reference or lock on each page, for the trace. */
void note_acquire(struct function *fn, const objset *objs, const struct event *ev);

/* The page parameter whose root object obj is, or -1. */
static inline int param_of(const struct function *fn, int obj)
{
	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++)
		if (fn->param_obj[k] == obj)
			return k;
	return -1;
}

#endif
