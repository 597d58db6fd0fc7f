/* Rounds over the whole program, to a bounded fixpoint: analyze every
 * function with the summaries and parameter origins of the previous round,
 * collect its summary and the pages it hands to calls, then solve where
 * each parameter's pages come from. The findings of the round where
 * nothing changed (or of the last one) are the program's. */
#include "link.h"
#include "knowledge.h"
#include "dataflow.h"
#include "summaries.h"
#include "util.h"

#include <json-c/json.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROUNDS 6
#define MAX_HOPS 16

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
	const struct field_store *stores;	/* every analyzed file's */
	size_t nstores;
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

void program_add(struct program *p, struct file_ir *ir)
{
	GROW(p->files, p->n, p->cap);
	p->files[p->n++] = *ir;
	memset(ir, 0, sizeof(*ir));
}

void program_free(struct program *p)
{
	for (size_t i = 0; i < p->n; i++)
		file_ir_free(&p->files[i]);
	free(p->files);
	memset(p, 0, sizeof(*p));
}

static int by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->g > y->g) - (x->g < y->g);
}

static int by_slot(const void *a, const void *b)
{
	return strcmp(((const struct slot *)a)->slot, ((const struct slot *)b)->slot);
}

/* The first entry named name, or n. */
static size_t first_named(const struct linker *l, const char *name)
{
	size_t lo = 0, hi = l->nfns;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(l->byname[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

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

/* A call reaching a function none of p's files define: kept by name (and
 * argument) for the summaries file, when its bits say something. */
static void hand_outside(struct linker *l, const char *name)
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

typedef void (*target_fn)(struct linker *l, size_t g, void *ctx);

/* The functions a call of name from file may reach: a static one of that
 * file, else every other one of that name. */
static void each_function_named(struct linker *l, const char *name, size_t file,
				target_fn cb, void *ctx)
{
	size_t i = first_named(l, name), end = i;

	while (end < l->nfns && !strcmp(l->byname[end].name, name))
		end++;
	for (size_t j = i; j < end; j++) {
		size_t g = l->byname[j].g;
		if (l->fns[g]->is_static && l->file_of[g] == file) {
			cb(l, g, ctx);
			return;
		}
	}
	for (size_t j = i; j < end; j++)
		if (!l->fns[l->byname[j].g]->is_static)
			cb(l, l->byname[j].g, ctx);
	if (i == end && l->collect_outside)
		hand_outside(l, name);
}

/* ... and a call through "struct.field": every function stored there. */
static void each_target(struct linker *l, const char *callee, size_t file, target_fn cb,
			void *ctx)
{
	struct slot key = {callee, NULL, 0}, *s;

	if (!strchr(callee, '.')) {
		each_function_named(l, callee, file, cb, ctx);
		return;
	}
	s = l->nslots ? bsearch(&key, l->slots, l->nslots, sizeof(*s), by_slot) : NULL;
	if (!s)
		return;
	while (s > l->slots && !strcmp(s[-1].slot, callee))
		s--;
	for (; s < l->slots + l->nslots && !strcmp(s->slot, callee); s++)
		each_function_named(l, s->fn, s->file, cb, ctx);
}

static void index_program(struct linker *l)
{
	size_t g = 0;

	for (size_t f = 0; f < l->p->n; f++)
		l->nfns += l->p->files[f].n;
	l->fns = xcalloc(l->nfns + 1, sizeof(*l->fns));
	l->file_of = xcalloc(l->nfns + 1, sizeof(*l->file_of));
	l->byname = xcalloc(l->nfns + 1, sizeof(*l->byname));
	for (size_t f = 0; f < l->p->n; f++) {
		const struct file_ir *ir = &l->p->files[f];
		for (size_t i = 0; i < ir->n; i++, g++) {
			l->fns[g] = ir->fns[i];
			l->file_of[g] = f;
			l->byname[g] = (struct named){ir->fns[i]->name, g};
		}
		for (size_t i = 0; i < ir->tables.n; i++) {
			GROW(l->slots, l->nslots, l->cslots);
			l->slots[l->nslots++] = (struct slot){ir->tables.v[i].slot,
							      ir->tables.v[i].fn, f};
		}
	}
	qsort(l->byname, l->nfns, sizeof(*l->byname), by_name);
	if (l->nslots)
		qsort(l->slots, l->nslots, sizeof(*l->slots), by_slot);
	/* the tables as summary_add_slots() reads them */
	l->tables.v = xcalloc(l->nslots + 1, sizeof(*l->tables.v));
	for (size_t i = 0; i < l->nslots; i++)
		l->tables.v[i] = (struct ops_binding){(char *)l->slots[i].slot,
						      (char *)l->slots[i].fn};
	l->tables.n = l->nslots;
	l->prov = xcalloc(l->nfns * MAX_PARAMS + 1, sizeof(*l->prov));
	l->logs = xcalloc(l->nfns + 1, sizeof(*l->logs));
}

/* ---- parameter origins ---- */


static struct param_origin *param(struct linker *l, size_t g, int k)
{
	return &l->prov[g * MAX_PARAMS + (size_t)k];
}

/* Where an earlier tree run saw this parameter's pages come from. */
static unsigned known_origin(struct linker *l, size_t g, int k)
{
	return l->known ? knowledge_param(l->known, l->fns[g]->name, l->fns[g]->file, k) : 0;
}

/* What a caller's parameter hands on: its callers' pages, else what an
 * earlier tree run knew of them, else unknown. */
static unsigned param_value(struct linker *l, size_t g, int k)
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
static void solve_origins(struct linker *l)
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
static void set_origins(struct linker *l, size_t g)
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

/* ---- traces ---- */

static void note_at(struct finding *f, const char *file, struct loc at, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	finding_add_note(f, file, at.line, at.col, buf);
}

/* Where the analyzed files fill a field: each store of user or page-cache
 * pages (three at most), then the other functions that fill it, by name. */
static void note_fills(struct linker *l, struct finding *f, const char *field)
{
	struct strbuf others = {0};
	const struct field_store *first = NULL;
	int shown = 0, named = 0, more = 0;

	for (size_t i = 0; i < l->nstores; i++) {
		const struct field_store *st = &l->stores[i];
		bool seen = false;
		if (strcmp(st->field, field))
			continue;
		if ((st->origin & ORIGIN_MAY_BE_SECURE) && shown < 3) {
			field_store_note(f, st, "filled");
			shown++;
			continue;
		}
		for (size_t j = 0; j < i && !seen; j++)
			seen = !strcmp(l->stores[j].field, field) &&
			       !strcmp(l->stores[j].function, st->function);
		if (seen || (st->origin & ORIGIN_MAY_BE_SECURE))
			continue;
		if (named == 8) {
			more++;
			continue;
		}
		sb_addf(&others, "%s%s()", named ? ", " : "", st->function);
		named++;
		if (!first)
			first = st;
	}
	if (first) {
		if (more)
			sb_addf(&others, " and %d more", more);
		note_at(f, first->file, (struct loc){first->line, first->col},
			"'%s' is also filled, with pages of unknown or kernel origin, in %s",
			field, others.buf);
	}
	sb_release(&others);
}

/* The concrete end of a chain of callers: a page read from a field, or
 * produced by a call. */
static void note_source(struct linker *l, struct finding *f, size_t caller,
			const struct call_arg *a)
{
	char origin[64];
	const struct field_store *why = NULL;

	if (a->known) {
		char field[256];
		snprintf(field, sizeof(field), "%s.%s", a->known->strct, a->known->field);
		origin_describe(a->origin, origin, sizeof(origin));
		note_at(f, l->fns[caller]->file, a->loc, "origin: '%s' holds %s pages (the "
			"catalog's '%s')", a->expr, origin, field);
		/* and where the analyzed files fill it: user or page-cache
		 * pages first, at most three */
		note_fills(l, f, field);
	} else if (a->field && field_origins_get(l->fields, a->field, &why) && why) {
		field_store_note(f, why, "origin");
	} else if (a->site_api) {
		origin_describe(a->origin, origin, sizeof(origin));
		note_at(f, l->fns[caller]->file, a->site, "origin: '%s' comes from %s() (%s pages)",
			a->expr, a->site_api, origin);
	}
}

/* From a parameter up the callers that brought its pages, to where they
 * come from: the notes a reviewer follows across files. */
static void note_callers(struct linker *l, struct finding *f, size_t g, int k)
{
	unsigned want = param(l, g, k)->origin & ORIGIN_MAY_BE_SECURE ?
			ORIGIN_MAY_BE_SECURE : ORIGIN_UNKNOWN;

	for (int hop = 0; hop < MAX_HOPS; hop++) {
		const struct param_origin *po = param(l, g, k);
		long caller = want == ORIGIN_UNKNOWN ? po->unknown_caller : po->secure_caller;
		size_t entry = want == ORIGIN_UNKNOWN ? po->unknown_arg : po->secure_arg;
		const struct call_arg *a;
		char through[300];
		int next = -1;

		if (caller < 0) {
			unsigned known = known_origin(l, g, k);
			char origin[64];
			if (hop && !po->has_callers && known)
				note_at(f, l->fns[g]->file, l->fns[g]->loc, "'%s' is parameter %d of "
					"%s(), whose callers hand it %s pages (as the tree's "
					"summaries say)",
					l->fns[g]->objs[l->fns[g]->param_obj[k]].name, k + 1,
					l->fns[g]->name, origin_describe(known, origin, sizeof(origin)));
			else if (hop && !po->has_callers)
				note_at(f, l->fns[g]->file, l->fns[g]->loc, "'%s' is parameter %d of "
					"%s(), whose callers are not among the analyzed files",
					l->fns[g]->objs[l->fns[g]->param_obj[k]].name, k + 1,
					l->fns[g]->name);
			return;
		}
		a = &l->logs[caller].v[entry];
		if (strchr(a->callee, '.'))
			snprintf(through, sizeof(through), "%s, which may be %s", a->callee,
				 l->fns[g]->name);
		else
			snprintf(through, sizeof(through), "%s", a->callee);
		note_at(f, l->fns[caller]->file, a->loc, "%s() passes '%s' to %s()",
			l->fns[caller]->name, a->expr, through);
		if (want & ORIGIN_MAY_BE_SECURE) {
			next = po->secure_from;
		} else if (!(a->origin & want)) {
			for (int j = 0; j < MAX_PARAMS && next < 0; j++)
				if (((a->from_params >> j) & 1) &&
				    (param_value(l, (size_t)caller, j) & want))
					next = j;
		}
		if (next < 0) {
			note_source(l, f, (size_t)caller, a);
			return;
		}
		g = (size_t)caller;
		k = next;
	}
}

/* A finding on a parameter whose callers are known: say so, then walk them
 * (right after the origin note, which comes first). */
static void trace_parameter(struct linker *l, struct finding *f, size_t g)
{
	struct function *fn = l->fns[g];
	size_t before = f->nnotes;
	char origin[64], buf[512];

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		const struct param_origin *po = param(l, g, k);
		struct note *added;
		size_t n;
		unsigned known = po->has_callers ? 0 : known_origin(l, g, k);
		if (fn->param_obj[k] < 0 || (!po->has_callers && !known) ||
		    strcmp(fn->objs[fn->param_obj[k]].name, f->expr))
			continue;
		origin_describe(param_value(l, g, k), origin, sizeof(origin));
		if (f->nnotes) {
			snprintf(buf, sizeof(buf), "'%s' is parameter %d of %s(): its callers hand "
				 "it %s pages%s", f->expr, k + 1, fn->name, origin,
				 known ? " (as the tree's summaries say)" : "");
			free(f->notes[0].text);
			f->notes[0].text = xstrdup(buf);
		}
		note_callers(l, f, g, k);
		n = f->nnotes - before;
		if (!n || before < 1)
			return;
		added = xmalloc(n * sizeof(*added));
		memcpy(added, f->notes + before, n * sizeof(*added));
		memmove(f->notes + 1 + n, f->notes + 1, (before - 1) * sizeof(*added));
		memcpy(f->notes + 1, added, n * sizeof(*added));
		free(added);
		return;
	}
}

/* ---- rounds ---- */

struct round {
	struct summary_set global, slots, *statics;	/* [file] */
	struct results found;
	size_t *first_finding;				/* [g + 1] */
};

static void round_free(struct round *r, size_t nfiles)
{
	summary_free(&r->global);
	summary_free(&r->slots);
	for (size_t f = 0; r->statics && f < nfiles; f++)
		summary_free(&r->statics[f]);
	free(r->statics);
	results_free(&r->found);
	free(r->first_finding);
	memset(r, 0, sizeof(*r));
}

static bool same_summaries(const struct round *a, const struct round *b, size_t nfiles)
{
	if (!summary_equal(&a->global, &b->global) || !summary_equal(&a->slots, &b->slots))
		return false;
	for (size_t f = 0; f < nfiles; f++)
		if (!summary_equal(&a->statics[f], &b->statics[f]))
			return false;
	return true;
}

/* base + a union of summary sets, as one catalog. */
static void catalog_of(const struct catalog *base, struct summary_set *const *sets, int n,
		       struct catalog *out)
{
	struct summary_set all = {0};

	for (int i = 0; i < n; i++)
		for (size_t j = 0; sets[i] && j < sets[i]->n; j++) {
			GROW(all.v, all.n, all.cap);
			all.v[all.n++] = sets[i]->v[j];
		}
	catalog_with_summaries(base, &all, out);
	free(all.v);	/* the entries are the sets' own */
}

static unsigned long long mix(unsigned long long h, unsigned long long v)
{
	return (h ^ v) * 1099511628211ULL;
}

/* What the analysis of g depends on besides its own code: the origins of
 * its parameters and the summaries its calls are bound to. */
static unsigned long long inputs_of(const struct function *fn, const struct catalog *cat)
{
	unsigned long long h = 1469598103934665603ULL;

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++)
		h = mix(h, fn->param_obj[k] >= 0 ? fn->objs[fn->param_obj[k]].origin : 0);
	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].nev; i++) {
			const struct event *ev = &fn->blocks[b].ev[i];
			const struct api *a;
			if (ev->kind != EV_CALL || !ev->late)
				continue;
			a = catalog_find(cat, ev->callee);
			if (!a) {
				h = mix(h, 0);
				continue;
			}
			h = mix(h, a->cls + 1);
			h = mix(h, (unsigned)(a->page + 2));
			h = mix(h, a->origin);
			h = mix(h, a->sink);
			h = mix(h, a->result);
			h = mix(h, (unsigned)a->value_arg);
			h = mix(h, a->returns_arg | a->implicit_guard << 1 |
				   (a->member_field || a->page_array) << 2);
		}
	return h;
}

/* With findings, every function is analyzed (the last round); without,
 * only those whose inputs changed since they were. */
static void run_round(struct linker *l, const struct round *prev, struct round *r,
		      bool findings)
{
	struct results scratch = {0};
	size_t nfiles = l->p->n, g = 0;
	struct summary_set *common[4] = {(struct summary_set *)&prev->global,
					 (struct summary_set *)&prev->slots, &l->outside, NULL};
	struct catalog shared;

	r->statics = xcalloc(nfiles + 1, sizeof(*r->statics));
	r->first_finding = xcalloc(l->nfns + 1, sizeof(size_t));
	catalog_of(l->base, common, 3, &shared);
	for (size_t f = 0; f < nfiles; f++) {
		struct catalog own;
		const struct catalog *cat = &shared;
		if (prev->statics && prev->statics[f].n) {
			common[3] = &prev->statics[f];
			catalog_of(l->base, common, 4, &own);
			cat = &own;
		}
		for (size_t i = 0; i < l->p->files[f].n; i++, g++) {
			struct function *fn = l->fns[g];
			unsigned long long in;
			set_origins(l, g);
			in = inputs_of(fn, cat);
			r->first_finding[g] = r->found.nf;
			if (findings || !l->analyzed[g] || in != l->inputs[g]) {
				memset(&l->last[g], 0, sizeof(l->last[g]));
				l->logs[g].n = 0;
				dataflow_analyze(fn, cat, findings ? &r->found : &scratch, &l->last[g],
						 &l->logs[g]);
				l->inputs[g] = in;
				l->analyzed[g] = true;
				results_free(&scratch);
			}
			summary_add(fn->is_static ? &r->statics[f] : &r->global, fn, &l->last[g],
				    l->base);
		}
		if (cat == &own)
			catalog_with_summaries_free(&own);
	}
	r->first_finding[g] = r->found.nf;
	catalog_with_summaries_free(&shared);
	{
		/* a slot is judged by every function stored in it, wherever */
		struct summary_set fns = {0};
		for (size_t f = 0; f < nfiles; f++)
			for (size_t j = 0; j < r->statics[f].n; j++) {
				GROW(fns.v, fns.n, fns.cap);
				fns.v[fns.n++] = r->statics[f].v[j];
			}
		for (size_t j = 0; j < r->global.n; j++) {
			GROW(fns.v, fns.n, fns.cap);
			fns.v[fns.n++] = r->global.v[j];
		}
		summary_add_slots(&r->slots, &fns, &l->tables, l->base);
		free(fns.v);
	}
}

static unsigned *origins_now(const struct linker *l)
{
	unsigned *v = xcalloc(l->nfns * MAX_PARAMS + 1, sizeof(unsigned));

	for (size_t i = 0; i < l->nfns * MAX_PARAMS; i++)
		v[i] = l->prov[i].origin | (l->prov[i].has_callers ? 1u << 31 : 0);
	return v;
}

/* ---- what later runs reuse ---- */

static void copy_summary(struct summary_set *into, const struct api *a)
{
	struct api c = *a;

	c.name = xstrdup(a->name);
	c.inner_api = a->inner_api ? xstrdup(a->inner_api) : NULL;
	c.def_file = a->def_file ? xstrdup(a->def_file) : NULL;
	GROW(into->v, into->n, into->cap);
	into->v[into->n++] = c;
}

static void learn(struct linker *l, const struct round *r, struct knowledge *k)
{
	for (size_t i = 0; i < r->global.n; i++)
		copy_summary(&k->sums, &r->global.v[i]);
	for (size_t i = 0; i < r->slots.n; i++)
		copy_summary(&k->sums, &r->slots.v[i]);
	for (size_t g = 0; g < l->nfns; g++)
		for (int kk = 0; kk < MAX_PARAMS; kk++) {
			const struct param_origin *po = param(l, g, kk);
			if (!po->has_callers || !po->origin)
				continue;
			GROW(k->params, k->nparams, k->cparams);
			k->params[k->nparams++] = (struct known_param){
				xstrdup(l->fns[g]->name), xstrdup(l->fns[g]->file), kk, po->origin};
		}
	/* functions defined elsewhere: any file ("") */
	for (size_t i = 0; i < l->nhanded; i++) {
		GROW(k->params, k->nparams, k->cparams);
		k->params[k->nparams++] = (struct known_param){
			xstrdup(l->handed[i].function), xstrdup(""), l->handed[i].param,
			l->handed[i].origin};
	}
}

static void count_target(struct linker *l, size_t g, void *ctx)
{
	(void)l;
	(void)g;
	++*(size_t *)ctx;
}

/* An earlier run's summaries of what p does not define itself (p's own
 * code, maybe edited since, wins). */
static void take_outside(struct linker *l)
{
	for (size_t i = 0; l->known && i < l->known->sums.n; i++) {
		const struct api *a = &l->known->sums.v[i];
		size_t defined = 0;
		each_target(l, a->name, (size_t)-1, count_target, &defined);
		if (!defined)
			copy_summary(&l->outside, a);
	}
}

bool program_has_file(const char *file, void *ctx)
{
	const struct program *p = ctx;

	for (size_t i = 0; i < p->n; i++)
		if (p->files[i].file && !strcmp(p->files[i].file, file))
			return true;
	return false;
}

void program_analyze(struct program *p, const struct catalog *cat,
		     const struct field_store *stores, size_t nstores,
		     const struct knowledge *known, struct results *found,
		     struct knowledge *learned)
{
	struct linker l = {.p = p, .base = cat, .known = known};
	struct round prev = {0}, cur = {0};
	struct results stored = {.stores = (struct field_store *)stores, .nstores = nstores};

	if (!p->n)
		return;
	index_program(&l);
	take_outside(&l);
	l.fields = field_origins_of(&stored);
	l.stores = stores;
	l.nstores = nstores;
	solve_origins(&l);	/* no calls logged yet: every parameter unknown */
	l.inputs = xcalloc(l.nfns + 1, sizeof(*l.inputs));
	l.last = xcalloc(l.nfns + 1, sizeof(*l.last));
	l.analyzed = xcalloc(l.nfns + 1, sizeof(*l.analyzed));
	for (int round = 0; round <= MAX_ROUNDS; round++) {
		unsigned *before = origins_now(&l), *after;
		bool done, last = round == MAX_ROUNDS;

		/* the round after the fixpoint (or the bound) makes the findings */
		run_round(&l, &prev, &cur, last);
		if (last) {
			round_free(&prev, p->n);
			prev = cur;
			free(before);
			break;
		}
		solve_origins(&l);
		after = origins_now(&l);
		done = round > 0 && same_summaries(&prev, &cur, p->n) &&
		       !memcmp(before, after, l.nfns * MAX_PARAMS * sizeof(unsigned));
		free(after);
		free(before);
		round_free(&prev, p->n);
		prev = cur;
		memset(&cur, 0, sizeof(cur));
		if (done)
			round = MAX_ROUNDS - 1;
	}
	for (size_t g = 0; g < l.nfns; g++)
		for (size_t i = prev.first_finding[g]; i < prev.first_finding[g + 1]; i++)
			trace_parameter(&l, &prev.found.f[i], g);
	if (learned)
		learn(&l, &prev, learned);
	/* the stores were recorded by the per-file runs already */
	results_take(found, &(struct results){.f = prev.found.f, .nf = prev.found.nf,
					      .cf = prev.found.cf, .s = prev.found.s,
					      .ns = prev.found.ns, .cs = prev.found.cs});
	prev.found.f = NULL;
	prev.found.s = NULL;
	prev.found.nf = prev.found.ns = 0;
	round_free(&prev, p->n);
	for (size_t g = 0; g < l.nfns; g++)
		free(l.logs[g].v);
	free(l.logs);
	free(l.prov);
	free(l.fns);
	free(l.file_of);
	free(l.byname);
	free(l.slots);
	free(l.tables.v);
	summary_free(&l.outside);
	free(l.handed);
	free(l.inputs);
	free(l.last);
	free(l.analyzed);
	field_origins_free(l.fields);
}
