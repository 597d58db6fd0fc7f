/* Rounds over the whole program, to a bounded fixpoint: analyze every
 * function with the summaries and parameter origins of the previous round
 * (those whose inputs changed), collect its summary and the pages it hands
 * to calls, then solve where each parameter's pages come from
 * (param_origins.c). One last round over every function makes the
 * findings, with traces up the callers (link_trace.c). */
#include "link_internal.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ROUNDS 6

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
void each_target(struct linker *l, const char *callee, size_t file, target_fn cb,
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
/* The entries of several sets, borrowed (free only the array). */
static void borrow_all(struct summary_set *all, const struct summary_set *set)
{
	for (size_t j = 0; set && j < set->n; j++) {
		GROW(all->v, all->n, all->cap);
		all->v[all->n++] = set->v[j];
	}
}

/* base + a union of summary sets, as one catalog. */
static void catalog_of(const struct catalog *base, struct summary_set *const *sets, int n,
		       struct catalog *out)
{
	struct summary_set all = {0};

	for (int i = 0; i < n; i++)
		borrow_all(&all, sets[i]);
	catalog_with_summaries(base, &all, out);
	free(all.v);
}

static unsigned long long mix(unsigned long long h, unsigned long long v)
{
	return (h ^ v) * 1099511628211ULL;
}

/* What the analysis of g depends on besides its own code: the origins of
 * its parameters and of the fields it reads, and the summaries its calls
 * are bound to. */
static unsigned long long inputs_of(const struct function *fn, const struct catalog *cat)
{
	unsigned long long h = 1469598103934665603ULL;

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++)
		h = mix(h, fn->param_obj[k] >= 0 ? fn->objs[fn->param_obj[k]].origin : 0);
	for (int o = 0; o < fn->nobjs; o++)
		if (fn->objs[o].field)
			h = mix(h, fn->objs[o].origin);
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
			borrow_all(&fns, &r->statics[f]);
		borrow_all(&fns, &r->global);
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

static void learn(struct linker *l, const struct round *r, struct knowledge *k)
{
	for (size_t i = 0; i < r->global.n; i++)
		summary_copy(&k->sums, &r->global.v[i], r->global.v[i].name);
	for (size_t i = 0; i < r->slots.n; i++)
		summary_copy(&k->sums, &r->slots.v[i], r->slots.v[i].name);
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
			summary_copy(&l->outside, a, a->name);
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
		     struct field_store *stores, size_t nstores,
		     const struct knowledge *known, struct results *found,
		     struct knowledge *learned)
{
	struct linker l = {.p = p, .base = cat, .known = known};
	struct round prev = {0}, cur = {0};

	if (!p->n)
		return;
	index_program(&l);
	take_outside(&l);
	l.stores = stores;
	l.nstores = nstores;
	solve_origins(&l);	/* no calls logged yet: every parameter unknown */
	refresh_fields(&l);
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
		refresh_fields(&l);
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
	settle_stores(&l);
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
	free(l.storer);
	free(l.tables.v);
	summary_free(&l.outside);
	free(l.handed);
	free(l.inputs);
	free(l.last);
	free(l.analyzed);
	field_origins_free(l.fields);
}
