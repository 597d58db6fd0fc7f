/* Where the program's pages come from, as its calls say: a page
 * parameter's pages are the union over every call that reaches it; a page
 * stored from a parameter into a field has the origins its callers hand
 * it. Solved over the call graph (callgraph.h), from the calls each
 * function was last seen to make (its call log, dataflow.h). */
#ifndef PAGECHECK_PARAM_ORIGINS_H
#define PAGECHECK_PARAM_ORIGINS_H

#include "callgraph.h"
#include "dataflow.h"
#include "knowledge.h"

/* Where a parameter's pages come from: the union over its callers, and a
 * call that brought a user or page-cache page (and one that brought an
 * unknown one), as (caller, entry of its call log). */
struct param_origin {
	unsigned origin;
	bool has_callers;
	long secure_caller, unknown_caller;
	size_t secure_arg, unknown_arg;
	/* the secure call kept is the best evidence: a page the catalog
	 * vouches for (a gup call, a catalog field) over one inferred from a
	 * field's stores, then the fewest calls away; secure_from is the
	 * caller's parameter it came through, -1 when the caller made it */
	unsigned secure_rank;
	int secure_from;
};

struct origins {
	const struct callgraph *cg;
	const struct catalog *base;
	const struct knowledge *known;	/* of an earlier tree run, or NULL */
	struct param_origin *params;	/* [g * MAX_PARAMS + k] */
	/* calls to functions the program does not define: what they are
	 * handed, for a later run on the files that define them */
	struct known_param *handed;	/* borrowed names */
	size_t nhanded, chanded;
	/* functions whose parameters still changed when the pass bound
	 * stopped the last solve (BOUND_PARAM_PASSES), [g] */
	bool *unsettled;
	bool cut;
	/* every analyzed file's field stores, and what they tell */
	struct field_store *stores;
	size_t nstores;
	long *storer;			/* [store]: the function whose parameter
					 * it stored, or -1 */
	struct field_origins *fields;
};

/* Every parameter without callers (of unknown origin, or as known says). */
void origins_init(struct origins *o, const struct callgraph *cg, const struct catalog *base,
		  const struct knowledge *known, struct field_store *stores, size_t nstores);
void origins_free(struct origins *o);

const struct param_origin *origins_param(const struct origins *o, size_t g, int k);
/* Where an earlier tree run saw this parameter's pages come from (0: no idea). */
unsigned origins_known(const struct origins *o, size_t g, int k);
/* What parameter k of g holds: its callers' pages, else what an earlier
 * tree run knew of them, else unknown. */
unsigned origins_param_value(const struct origins *o, size_t g, int k);

/* Every parameter's origins from the calls logged ([g]), to a fixpoint
 * bounded by BOUND_PARAM_PASSES; then the field origins again, with the
 * stores of parameters' pages as their callers now say. */
void origins_solve(struct origins *o, const struct call_log *logs);
/* Hands g's objects the origins solved: its parameters', and those of the
 * pages it reads from fields. */
void origins_apply(struct origins *o, size_t g);
/* At the end: the stores of parameters' pages get their callers' origins. */
void origins_settle_stores(struct origins *o);

#endif
