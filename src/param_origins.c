/* Where a page parameter's pages come from: the union over every call that
 * reaches it, solved over the whole program's call graph. */
#include "link_internal.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* A call reaching a function none of p's files define: kept by name (and
 * argument) for the summaries file, when its bits say something. */
void hand_outside(struct linker *l, const char *name)
{
	const struct call_arg *a = &l->logs[l->edge->caller].v[l->edge->entry];

	if (catalog_find(l->base, name) || !l->edge->bits || a->arg >= MAX_PARAMS)
		return;
	for (size_t i = 0; i < l->nhanded; i++)
		if (l->handed[i].param == a->arg && !strcmp(l->handed[i].function, name)) {
			l->handed[i].origin |= l->edge->bits;
			return;
		}
	GROW(l->handed, l->nhanded, l->chanded);
	l->handed[l->nhanded++] = (struct known_param){(char *)name, NULL, a->arg,
						       l->edge->bits};
}


struct param_origin *param(struct linker *l, size_t g, int k)
{
	return &l->prov[g * MAX_PARAMS + (size_t)k];
}

/* Where an earlier tree run saw this parameter's pages come from. */
unsigned known_origin(struct linker *l, size_t g, int k)
{
	return l->known ? knowledge_param(l->known, l->fns[g]->name, l->fns[g]->file, k) : 0;
}

/* What a caller's parameter hands on: its callers' pages, else what an
 * earlier tree run knew of them, else unknown. */
unsigned param_value(struct linker *l, size_t g, int k)
{
	const struct param_origin *po = param(l, g, k);
	unsigned known;

	if (po->has_callers)
		return po->origin;
	known = known_origin(l, g, k);
	return known ? known : ORIGIN_UNKNOWN;
}

static void reach_target(struct linker *l, size_t t, void *ctx)
{
	struct edge *e = ctx;
	const struct call_arg *a = &l->logs[e->caller].v[e->entry];
	struct param_origin *po;
	unsigned added;

	if (a->arg >= MAX_PARAMS || a->arg >= l->fns[t]->nparams ||
	    l->fns[t]->param_obj[a->arg] < 0)
		return;
	po = param(l, t, a->arg);
	if (e->mark_only) {
		po->has_callers = true;
		return;
	}
	if ((e->bits & ORIGIN_MAY_BE_SECURE) &&
	    (po->secure_caller < 0 || e->rank < po->secure_rank)) {
		po->secure_caller = (long)e->caller;
		po->secure_arg = e->entry;
		po->secure_rank = e->rank;
		po->secure_from = e->from;
		e->changed = true;
	}
	added = e->bits & ~po->origin;
	if (!added)
		return;
	po->origin |= added;
	e->changed = true;
	if ((added & ORIGIN_UNKNOWN) && po->unknown_caller < 0) {
		po->unknown_caller = (long)e->caller;
		po->unknown_arg = e->entry;
	}
}

/* Every call edge, once to mark the parameters that have callers, then
 * to a fixpoint of their origins (they only grow; recursion is a cycle). */
void solve_origins(struct linker *l)
{
	bool changed = true;

	for (size_t i = 0; i < l->nfns * MAX_PARAMS; i++)
		l->prov[i] = (struct param_origin){0, false, -1, -1, 0, 0, 0, -1};
	for (int pass = 0; changed && pass < 64; pass++) {
		changed = false;
		for (size_t g = 0; g < l->nfns; g++) {
			for (size_t i = 0; i < l->logs[g].n; i++) {
				const struct call_arg *a = &l->logs[g].v[i];
				struct edge e = {g, i, a->origin, pass == 0, false, ~0u, -1};
				if (a->origin & ORIGIN_MAY_BE_SECURE)
					e.rank = a->field && !a->known ? RANK_INFERRED : 0;
				for (int k = 0; k < MAX_PARAMS; k++) {
					const struct param_origin *from = param(l, g, k);
					if (!((a->from_params >> k) & 1))
						continue;
					e.bits |= param_value(l, g, k);
					if (from->secure_caller >= 0 && from->secure_rank + 1 < e.rank) {
						e.rank = from->secure_rank + 1;
						e.from = k;
					} else if (!from->has_callers && RANK_KNOWN < e.rank &&
						   (known_origin(l, g, k) & ORIGIN_MAY_BE_SECURE)) {
						e.rank = RANK_KNOWN;
						e.from = k;
					}
				}
				/* a CPU-only carrier's pages reach no device through
				 * the helpers filling it (unix_stream_sendpage()) */
				if ((e.bits & ORIGIN_MAY_BE_SECURE) &&
				    catalog_cpu_carrier(l->base, l->fns[g]->name)) {
					e.bits = (e.bits & ~ORIGIN_MAY_BE_SECURE) | ORIGIN_UNKNOWN;
					e.rank = ~0u;
					e.from = -1;
				}
				l->edge = &e;
				each_target(l, a->callee, l->file_of[g], reach_target, &e);
				changed |= e.changed || pass == 0;
			}
		}
		/* the pass after the fixpoint only collects */
		if (!changed && !l->collect_outside && l->nfns) {
			l->collect_outside = true;
			l->nhanded = 0;
			changed = true;
		}
	}
	l->collect_outside = false;
}

/* What each function starts with: its parameters' origins as solved, the
 * pages it reads from fields as the tree stores them. */
void set_origins(struct linker *l, size_t g)
{
	struct function *fn = l->fns[g];

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		const struct param_origin *po = param(l, g, k);
		unsigned v = param_value(l, g, k);
		if (fn->param_obj[k] >= 0)
			fn->objs[fn->param_obj[k]].origin = po->has_callers && !po->origin ?
							    ORIGIN_UNKNOWN : v;
	}
	for (int o = 0; o < fn->nobjs; o++) {
		struct object *ob = &fn->objs[o];
		unsigned stored;
		if (!ob->field || ob->origin_from_field)
			continue;
		stored = field_origins_get(l->fields, ob->field, NULL);
		ob->origin = stored ? stored : ORIGIN_UNKNOWN;
	}
}


static void found_storer(struct linker *l, size_t g, void *ctx)
{
	(void)l;
	if (*(long *)ctx < 0)
		*(long *)ctx = (long)g;
}

static void map_storers(struct linker *l)
{
	l->storer = xcalloc(l->nstores + 1, sizeof(*l->storer));
	for (size_t i = 0; i < l->nstores; i++) {
		const struct field_store *st = &l->stores[i];
		l->storer[i] = -1;
		if (!st->param)
			continue;
		for (size_t f = 0; f < l->p->n; f++)
			if (l->p->files[f].file && !strcmp(l->p->files[f].file, st->file)) {
				each_target(l, st->function, f, found_storer, &l->storer[i]);
				break;
			}
	}
}

/* A store of a parameter's page has the origins its callers hand it, when
 * every one of them is known. While one is unknown the store stays
 * unknown: fields are keyed by struct name, and a shared struct
 * (page_frag) filled by generic code called from everywhere (tls_push_data)
 * would otherwise make every driver's rx page read from it look secure. */
static unsigned resolve_store(const struct field_store *st, void *ctx)
{
	struct linker *l = ctx;
	long g = l->storer[st - l->stores];
	unsigned v;

	if (g < 0 || st->param > MAX_PARAMS)
		return st->origin;
	v = param_value(l, (size_t)g, st->param - 1);
	return v & ORIGIN_UNKNOWN ? ORIGIN_UNKNOWN : v;
}

void refresh_fields(struct linker *l)
{
	struct results stored = {.stores = l->stores, .nstores = l->nstores};

	if (!l->storer)
		map_storers(l);
	field_origins_free(l->fields);
	l->fields = field_origins_resolved(&stored, resolve_store, l);
}

void settle_stores(struct linker *l)
{
	for (size_t i = 0; i < l->nstores; i++)
		if (l->stores[i].param)
			l->stores[i].origin = resolve_store(&l->stores[i], l);
}
