/* What link.c, param_origins.c and link_trace.c share: the program as
 * indexed for the analysis across files. Not for other users. */
#ifndef PAGECHECK_LINK_INTERNAL_H
#define PAGECHECK_LINK_INTERNAL_H

#include "dataflow.h"
#include "knowledge.h"
#include "link.h"
#include "summaries.h"

struct named {
	const char *name;
	size_t g;
};

struct slot {
	const char *slot, *fn;
	size_t file;
};

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

struct linker {
	struct program *p;
	const struct catalog *base;
	struct function **fns;		/* [g] */
	size_t *file_of, nfns;
	struct named *byname;		/* every function, by name */
	struct slot *slots;		/* every ops binding, by slot */
	size_t nslots, cslots;
	struct ops_tables tables;	/* all of them (borrowed strings) */
	struct param_origin *prov;	/* [g * MAX_PARAMS + k] */
	struct call_log *logs;		/* [g], of the last round */
	struct field_origins *fields;
	struct field_store *stores;	/* every analyzed file's */
	size_t nstores;
	long *storer;			/* [store]: the function whose parameter
					 * it stored, or -1 */
	const struct knowledge *known;	/* of an earlier tree run, or NULL */
	/* calls to functions p does not define: what they are handed, for a
	 * later run on the files that define them (collected when set) */
	bool collect_outside;
	struct known_param *handed;
	size_t nhanded, chanded;
	const struct edge *edge;
	struct summary_set outside;	/* its summaries of functions not in p */
	/* what each function was last analyzed with, and its summary then: a
	 * function whose inputs did not change is not analyzed again */
	unsigned long long *inputs;
	struct fn_summary *last;
	bool *analyzed;
};

struct edge {
	size_t caller, entry;
	unsigned bits;
	bool mark_only;
	bool changed;
	unsigned rank;		/* of the secure evidence it carries */
	int from;
};

#define RANK_INFERRED 1000u	/* from a field's stores, not the catalog */
#define RANK_KNOWN 500u		/* from an earlier run's summaries */

typedef void (*target_fn)(struct linker *l, size_t g, void *ctx);

/* Every function a call of callee from file may reach (by name: a static
 * one of that file, else the others; "struct.field": every function stored
 * there). */
void each_target(struct linker *l, const char *callee, size_t file, target_fn cb, void *ctx);

/* param_origins.c */
struct param_origin *param(struct linker *l, size_t g, int k);
unsigned known_origin(struct linker *l, size_t g, int k);
unsigned param_value(struct linker *l, size_t g, int k);
void hand_outside(struct linker *l, const char *name);
void solve_origins(struct linker *l);
void set_origins(struct linker *l, size_t g);
/* Field origins again, with stores of parameters' pages as their callers
 * now say; at the end, written into the stores themselves. */
void refresh_fields(struct linker *l);
void settle_stores(struct linker *l);

/* link_trace.c */
void trace_parameter(struct linker *l, struct finding *f, size_t g);

#endif
