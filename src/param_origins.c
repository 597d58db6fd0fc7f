#include "param_origins.h"
#include "bounds.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define RANK_INFERRED 1000u	/* from a field's stores, not the catalog */
#define RANK_KNOWN 500u		/* from an earlier run's summaries */

/* One call handing pages on, while it is followed to its targets. */
struct edge {
	struct origins *o;
	const struct call_arg *a;	/* the caller's log entry */
	size_t caller, entry;
	unsigned bits;
	bool mark_only;
	bool changed;
	unsigned rank;		/* of the secure evidence it carries */
	int from;
};

static struct param_origin *param(struct origins *o, size_t g, int k)
{
	return &o->params[g * MAX_PARAMS + (size_t)k];
}

const struct param_origin *origins_param(const struct origins *o, size_t g, int k)
{
	return &o->params[g * MAX_PARAMS + (size_t)k];
}

unsigned origins_known(const struct origins *o, size_t g, int k)
{
	const struct function *fn = o->cg->fns[g];

	return o->known ? knowledge_param(o->known, fn->name, fn->file, k) : 0;
}

unsigned origins_param_value(const struct origins *o, size_t g, int k)
{
	const struct param_origin *po = origins_param(o, g, k);
	unsigned known;

	if (po->has_callers)
		return po->origin;
	known = origins_known(o, g, k);
	return known ? known : ORIGIN_UNKNOWN;
}

static void reset_params(struct origins *o)
{
	for (size_t i = 0; i < o->cg->n * MAX_PARAMS; i++)
		o->params[i] = (struct param_origin){0, false, -1, -1, 0, 0, 0, -1};
}

/* A call reaching a function none of p's files define: kept by name (and
 * argument) for the summaries file, when its bits say something. */
static void hand_outside(const char *name, void *ctx)
{
	struct edge *e = ctx;
	struct origins *o = e->o;

	if (catalog_find(o->base, name) || !e->bits || e->a->arg >= MAX_PARAMS)
		return;
	for (size_t i = 0; i < o->nhanded; i++)
		if (o->handed[i].param == e->a->arg && !strcmp(o->handed[i].function, name)) {
			o->handed[i].origin |= e->bits;
			return;
		}
	GROW(o->handed, o->nhanded, o->chanded);
	o->handed[o->nhanded++] = (struct known_param){(char *)name, NULL, e->a->arg, e->bits};
}

static void reach_target(size_t t, void *ctx)
{
	struct edge *e = ctx;
	const struct function *fn = e->o->cg->fns[t];
	struct param_origin *po;
	unsigned added;
	bool changed = false;

	if (e->a->arg >= MAX_PARAMS || e->a->arg >= fn->nparams || fn->param_obj[e->a->arg] < 0)
		return;
	po = param(e->o, t, e->a->arg);
	if (e->mark_only) {
		po->has_callers = true;
		e->o->unsettled[t] = true;
		return;
	}
	if ((e->bits & ORIGIN_MAY_BE_SECURE) &&
	    (po->secure_caller < 0 || e->rank < po->secure_rank)) {
		po->secure_caller = (long)e->caller;
		po->secure_arg = e->entry;
		po->secure_rank = e->rank;
		po->secure_from = e->from;
		changed = true;
	}
	added = e->bits & ~po->origin;
	if (added) {
		po->origin |= added;
		changed = true;
		if ((added & ORIGIN_UNKNOWN) && po->unknown_caller < 0) {
			po->unknown_caller = (long)e->caller;
			po->unknown_arg = e->entry;
		}
	}
	e->changed |= changed;
	e->o->unsettled[t] |= changed;
}

/* What the call hands on: its own pages, and those of the caller's
 * parameters it passes, with the best secure evidence among them. */
static void edge_bits(struct origins *o, struct edge *e)
{
	const struct call_arg *a = e->a;

	if (a->origin & ORIGIN_MAY_BE_SECURE)
		e->rank = a->field && !a->known ? RANK_INFERRED : 0;
	for (int k = 0; k < MAX_PARAMS; k++) {
		const struct param_origin *from = origins_param(o, e->caller, k);
		if (!((a->from_params >> k) & 1))
			continue;
		e->bits |= origins_param_value(o, e->caller, k);
		if (from->secure_caller >= 0 && from->secure_rank + 1 < e->rank) {
			e->rank = from->secure_rank + 1;
			e->from = k;
		} else if (!from->has_callers && RANK_KNOWN < e->rank &&
			   (origins_known(o, e->caller, k) & ORIGIN_MAY_BE_SECURE)) {
			e->rank = RANK_KNOWN;
			e->from = k;
		}
	}
	/* a CPU-only carrier's pages reach no device through the helpers
	 * filling it (unix_stream_sendpage()) */
	if ((e->bits & ORIGIN_MAY_BE_SECURE) &&
	    catalog_cpu_carrier(o->base, o->cg->fns[e->caller]->name)) {
		e->bits = (e->bits & ~ORIGIN_MAY_BE_SECURE) | ORIGIN_UNKNOWN;
		e->rank = ~0u;
		e->from = -1;
	}
}

/* One pass over every call edge; whether any parameter changed. */
static bool solve_pass(struct origins *o, const struct call_log *logs, bool first,
		       bool collect)
{
	bool changed = false;

	memset(o->unsettled, 0, (o->cg->n + 1) * sizeof(*o->unsettled));
	for (size_t g = 0; g < o->cg->n; g++)
		for (size_t i = 0; i < logs[g].n; i++) {
			struct edge e = {o, &logs[g].v[i], g, i, logs[g].v[i].origin, first, false,
					 ~0u, -1};
			struct callgraph_visit v = {reach_target, collect ? hand_outside : NULL, &e};
			edge_bits(o, &e);
			callgraph_each_target(o->cg, e.a->callee, o->cg->file_of[g], &v);
			changed |= e.changed || first;
		}
	return changed;
}

/* A store of a parameter's page has the origins its callers hand it, when
 * every one of them is known. While one is unknown the store stays
 * unknown: fields are keyed by struct name, and generic code called from
 * everywhere would otherwise make every driver's page read from that
 * field look secure. Keyed per file (rules.yaml shared_structs) it still
 * smears inside the file: 6.1 tls_device.c's zc_pfrag.page = zc_page
 * made tls_create_new_record()'s socket frag, refilled from
 * skb_page_frag_refill(), definite. What tells them apart is what each
 * caller holds in the member it hands (not built: docs/design.md). */
static unsigned resolve_store(const struct field_store *st, void *ctx)
{
	const struct origins *o = ctx;
	long g = o->storer[st - o->stores];
	unsigned v;

	if (g < 0 || st->param > MAX_PARAMS)
		return st->origin;
	v = origins_param_value(o, (size_t)g, st->param - 1);
	return v & ORIGIN_UNKNOWN ? ORIGIN_UNKNOWN : v;
}

static void refresh_fields(struct origins *o)
{
	struct results stored = {.stores = o->stores, .nstores = o->nstores};

	field_origins_free(o->fields);
	o->fields = field_origins_resolved(&stored, resolve_store, o);
}

/* Every call edge, once to mark the parameters that have callers, then
 * to a fixpoint of their origins (they only grow; recursion is a cycle).
 * The pass after the fixpoint only collects what calls outside are handed. */
void origins_solve(struct origins *o, const struct call_log *logs)
{
	unsigned long passes = bound_limit(BOUND_PARAM_PASSES), pass;
	bool changed = true, collect = false;

	reset_params(o);
	for (pass = 0; changed && pass < passes; pass++) {
		changed = solve_pass(o, logs, pass == 0, collect);
		if (!changed && !collect && o->cg->n) {
			collect = true;
			o->nhanded = 0;
			changed = true;
		}
	}
	o->cut = changed;
	refresh_fields(o);
}

void origins_apply(struct origins *o, size_t g)
{
	struct function *fn = o->cg->fns[g];

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		const struct param_origin *po = origins_param(o, g, k);
		unsigned v = origins_param_value(o, g, k);
		if (fn->param_obj[k] >= 0)
			fn->objs[fn->param_obj[k]].origin = po->has_callers && !po->origin ?
							    ORIGIN_UNKNOWN : v;
	}
	for (int i = 0; i < fn->nobjs; i++) {
		struct object *ob = &fn->objs[i];
		unsigned stored;
		if (!ob->field || ob->origin_from_field)
			continue;
		stored = field_origins_get(o->fields, ob->field, NULL);
		ob->origin = stored ? stored : ORIGIN_UNKNOWN;
	}
}

static void found_storer(size_t g, void *ctx)
{
	if (*(long *)ctx < 0)
		*(long *)ctx = (long)g;
}

static void map_storers(struct origins *o)
{
	o->storer = xcalloc(o->nstores + 1, sizeof(*o->storer));
	for (size_t i = 0; i < o->nstores; i++) {
		const struct field_store *st = &o->stores[i];
		size_t f = st->param ? callgraph_file(o->cg, st->file) : (size_t)-1;
		struct callgraph_visit v = {found_storer, NULL, &o->storer[i]};
		o->storer[i] = -1;
		if (f != (size_t)-1)
			callgraph_each_target(o->cg, st->function, f, &v);
	}
}

void origins_init(struct origins *o, const struct callgraph *cg, const struct catalog *base,
		  const struct knowledge *known, struct field_store *stores, size_t nstores)
{
	memset(o, 0, sizeof(*o));
	o->cg = cg;
	o->base = base;
	o->known = known;
	o->params = xcalloc(cg->n * MAX_PARAMS + 1, sizeof(*o->params));
	o->unsettled = xcalloc(cg->n + 1, sizeof(*o->unsettled));
	o->stores = stores;
	o->nstores = nstores;
	reset_params(o);
	map_storers(o);
	refresh_fields(o);
}

void origins_settle_stores(struct origins *o)
{
	for (size_t i = 0; i < o->nstores; i++)
		if (o->stores[i].param)
			o->stores[i].origin = resolve_store(&o->stores[i], o);
}

void origins_free(struct origins *o)
{
	free(o->params);
	free(o->unsettled);
	free(o->handed);
	free(o->storer);
	field_origins_free(o->fields);
	memset(o, 0, sizeof(*o));
}
