/* Rounds over the whole program, to a bounded fixpoint: analyze every
 * function with the summaries and parameter origins of the previous round
 * (those whose inputs changed), collect its summary and the pages it hands
 * to calls, then solve where each parameter's pages come from
 * (param_origins.c). One last round over every function makes the
 * findings, with traces up the callers (link_trace.c). A file judged
 * alone is the same rounds over a program of one file whose parameters
 * no caller is followed for. */
#include "link.h"
#include "link_trace.h"
#include "param_origins.h"
#include "summaries.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct linker {
	const struct catalog *base;
	struct callgraph cg;
	struct origins o;
	bool follow_callers;		/* false: a file judged alone */
	enum bound budget;		/* of its rounds */
	struct call_log *logs;		/* [g], of the last round */
	struct summary_set outside;	/* an earlier run's, of functions not in p */
	/* the I/O of page_ops fields (rules.yaml) no function stored in which
	 * is analyzed here or was in the earlier run */
	struct summary_set ops_io;
	/* what each function was last analyzed with, and its summary then: a
	 * function whose inputs did not change is not analyzed again */
	unsigned long long *inputs;
	struct fn_summary *last;
	bool *analyzed;
	bool *unsettled;		/* [g]: its inputs still changed in the
					 * findings round (the round budget hit) */
};

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
			h = mix(h, a->has_mapping ? (unsigned)a->mapping_arg + 1 : 0);
			h = mix(h, a->returns_arg | a->implicit_guard << 1 |
				   (a->member_field || a->page_array) << 2);
		}
	return h;
}

/* One function, in a round: analyzed again if its inputs changed (every
 * one, with findings), its summary added to the round's. */
static void analyze_one(struct linker *l, size_t g, const struct catalog *cat,
			struct round *r, struct results *scratch, bool findings)
{
	struct function *fn = l->cg.fns[g];
	size_t f = l->cg.file_of[g];
	unsigned long long in;

	origins_apply(&l->o, g);
	in = inputs_of(fn, cat);
	r->first_finding[g] = r->found.nf;
	if (findings)
		l->unsettled[g] = !l->analyzed[g] || in != l->inputs[g];
	if (findings || !l->analyzed[g] || in != l->inputs[g]) {
		memset(&l->last[g], 0, sizeof(l->last[g]));
		l->logs[g].n = 0;
		dataflow_analyze(fn, cat, findings ? &r->found : scratch, &l->last[g], &l->logs[g]);
		l->inputs[g] = in;
		l->analyzed[g] = true;
		results_free(scratch);
	}
	summary_add(fn->is_static ? &r->statics[f] : &r->global, fn, &l->last[g], l->base, cat);
}

/* With findings, every function is analyzed (the last round); without,
 * only those whose inputs changed since they were. */
static void run_round(struct linker *l, const struct round *prev, struct round *r,
		      bool findings)
{
	struct results scratch = {0};
	size_t nfiles = l->cg.p->n, g = 0;
	struct summary_set *common[5] = {(struct summary_set *)&prev->global,
					 (struct summary_set *)&prev->slots, &l->outside, &l->ops_io,
					 NULL};
	struct catalog shared;

	r->statics = xcalloc(nfiles + 1, sizeof(*r->statics));
	r->first_finding = xcalloc(l->cg.n + 1, sizeof(size_t));
	catalog_of(l->base, common, 4, &shared);
	for (size_t f = 0; f < nfiles; f++) {
		struct catalog own;
		const struct catalog *cat = &shared;
		if (prev->statics && prev->statics[f].n) {
			common[4] = &prev->statics[f];
			catalog_of(l->base, common, 5, &own);
			cat = &own;
		}
		for (size_t i = 0; i < l->cg.p->files[f].n; i++, g++)
			analyze_one(l, g, cat, r, &scratch, findings);
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
		summary_add_slots(&r->slots, &fns, &l->cg.tables, l->base);
		free(fns.v);
	}
}

static unsigned *origins_now(const struct linker *l)
{
	unsigned *v = xcalloc(l->cg.n * MAX_PARAMS + 1, sizeof(unsigned));

	for (size_t g = 0; g < l->cg.n; g++)
		for (int k = 0; k < MAX_PARAMS; k++) {
			const struct param_origin *po = origins_param(&l->o, g, k);
			v[g * MAX_PARAMS + (size_t)k] = po->origin | (po->has_callers ? 1u << 31 : 0);
		}
	return v;
}

/* The rounds to the fixpoint or the budget, then the round that makes the
 * findings, into last. */
static void run_rounds(struct linker *l, struct round *last)
{
	unsigned long budget = bound_limit(l->budget);
	struct round prev = {0}, cur = {0};
	size_t nparams = l->cg.n * MAX_PARAMS;

	for (unsigned long round = 0; round <= budget; round++) {
		unsigned *before, *after;
		bool done;

		/* the round after the fixpoint (or the bound) makes the findings */
		if (round == budget) {
			run_round(l, &prev, &cur, true);
			break;
		}
		run_round(l, &prev, &cur, false);
		before = origins_now(l);
		if (l->follow_callers)
			origins_solve(&l->o, l->logs);
		after = origins_now(l);
		done = round > 0 && same_summaries(&prev, &cur, l->cg.p->n) &&
		       !memcmp(before, after, nparams * sizeof(unsigned));
		free(after);
		free(before);
		round_free(&prev, l->cg.p->n);
		prev = cur;
		memset(&cur, 0, sizeof(cur));
		if (done)
			round = budget - 1;
	}
	round_free(&prev, l->cg.p->n);
	*last = cur;
}

/* ---- what later runs reuse ---- */

static void count_target(size_t g, void *ctx)
{
	(void)g;
	++*(size_t *)ctx;
}

static size_t analyzed_targets(const struct linker *l, const char *callee)
{
	size_t n = 0;
	struct callgraph_visit v = {count_target, NULL, &n};

	callgraph_each_target(&l->cg, callee, (size_t)-1, &v);
	return n;
}

static void learn(struct linker *l, const struct round *r, struct knowledge *k)
{
	for (size_t i = 0; i < r->global.n; i++)
		summary_copy(&k->sums, &r->global.v[i], r->global.v[i].name);
	for (size_t i = 0; i < r->slots.n; i++)
		summary_copy(&k->sums, &r->slots.v[i], r->slots.v[i].name);
	for (size_t f = 0; k->keep_statics && r->statics && f < l->cg.p->n; f++)
		for (size_t i = 0; i < r->statics[f].n; i++)
			summary_copy(&k->statics, &r->statics[f].v[i], r->statics[f].v[i].name);
	for (size_t g = 0; g < l->cg.n; g++)
		for (int kk = 0; kk < MAX_PARAMS; kk++) {
			const struct param_origin *po = origins_param(&l->o, g, kk);
			if (!po->has_callers || !po->origin)
				continue;
			GROW(k->params, k->nparams, k->cparams);
			k->params[k->nparams++] = (struct known_param){
				xstrdup(l->cg.fns[g]->name), xstrdup(l->cg.fns[g]->file), kk,
				po->origin};
		}
	/* the page_ops fields whose analyzed functions decided */
	for (size_t i = 0; i < l->base->nops_io; i++)
		if (analyzed_targets(l, l->base->ops_io[i].name)) {
			GROW(k->ops_decided, k->nops_decided, k->cops_decided);
			k->ops_decided[k->nops_decided++] = xstrdup(l->base->ops_io[i].name);
		}
	/* functions defined elsewhere: any file ("") */
	for (size_t i = 0; i < l->o.nhanded; i++) {
		GROW(k->params, k->nparams, k->cparams);
		k->params[k->nparams++] = (struct known_param){
			xstrdup(l->o.handed[i].function), xstrdup(""), l->o.handed[i].param,
			l->o.handed[i].origin};
	}
}


static bool summary_named(const struct summary_set *s, const char *name)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->v[i].name, name))
			return true;
	return false;
}

/* A page_ops field the catalog says starts I/O on a page argument (a
 * socket's ->sendpage) is that sink where no function stored in it is
 * analyzed, here or in the earlier run the summaries come from; where some
 * are, their summaries decide, as for any field (an AF_UNIX-only target
 * stays the CPU's, TCP's reaches the NIC). */
static void take_ops_io(struct linker *l, const struct knowledge *known)
{
	for (size_t i = 0; i < l->base->nops_io; i++) {
		const struct api *a = &l->base->ops_io[i];
		if (analyzed_targets(l, a->name) || summary_named(&l->outside, a->name) ||
		    knowledge_ops_decided(known, a->name))
			continue;
		summary_copy(&l->ops_io, a, a->name);
	}
}

/* An earlier run's summaries of what p does not define itself (p's own
 * code, maybe edited since, wins). */
static void take_outside(struct linker *l, const struct knowledge *known)
{
	for (size_t i = 0; known && i < known->sums.n; i++) {
		const struct api *a = &known->sums.v[i];
		if (!analyzed_targets(l, a->name))
			summary_copy(&l->outside, a, a->name);
	}
}

/* ---- the driver ---- */

static void linker_init(struct linker *l, const struct program *p, const struct catalog *cat,
			const struct knowledge *known, struct field_store *stores,
			size_t nstores)
{
	callgraph_build(&l->cg, p);
	l->base = cat;
	take_outside(l, known);
	take_ops_io(l, known);
	/* no calls logged yet: every parameter unknown */
	origins_init(&l->o, &l->cg, cat, known, stores, nstores);
	l->logs = xcalloc(l->cg.n + 1, sizeof(*l->logs));
	l->inputs = xcalloc(l->cg.n + 1, sizeof(*l->inputs));
	l->last = xcalloc(l->cg.n + 1, sizeof(*l->last));
	l->analyzed = xcalloc(l->cg.n + 1, sizeof(*l->analyzed));
	l->unsettled = xcalloc(l->cg.n + 1, sizeof(*l->unsettled));
}

static void linker_free(struct linker *l)
{
	for (size_t g = 0; g < l->cg.n; g++)
		free(l->logs[g].v);
	free(l->logs);
	origins_free(&l->o);
	summary_free(&l->outside);
	summary_free(&l->ops_io);
	free(l->inputs);
	free(l->last);
	free(l->analyzed);
	free(l->unsettled);
	callgraph_free(&l->cg);
}

/* The bounds the rounds hit, into found: functions judged with inputs
 * that had not settled, parameters whose origins were still growing, traces
 * cut short. */
static void note_bounds(struct linker *l, struct results *found)
{
	bool any = false;

	for (size_t g = 0; g < l->cg.n; g++) {
		const struct function *fn = l->cg.fns[g];
		if (l->unsettled[g])
			results_note_truncated(found, l->budget, fn->file, fn->name);
		if (l->o.cut && l->o.unsettled[g])
			results_note_truncated(found, BOUND_PARAM_PASSES, fn->file, fn->name);
		any |= l->o.unsettled[g];
	}
	/* only the pass collecting calls to outside functions was left */
	if (l->o.cut && !any && l->cg.n)
		results_note_truncated(found, BOUND_PARAM_PASSES, l->cg.fns[0]->file, NULL);
}

/* Hands found the last round's findings and sites (and its stores, when
 * keep_stores), each finding on a parameter traced up its callers. */
static void hand_findings(struct linker *l, struct round *last, struct results *found,
			  bool keep_stores)
{
	struct results *r = &last->found;

	for (size_t g = 0; g < l->cg.n; g++)
		for (size_t i = last->first_finding[g]; i < last->first_finding[g + 1]; i++)
			if (!link_trace_parameter(&l->o, l->logs, &r->f[i], g))
				results_note_truncated(found, BOUND_TRACE_HOPS, l->cg.fns[g]->file,
						       l->cg.fns[g]->name);
	note_bounds(l, found);
	results_take(found, &(struct results){.f = r->f, .nf = r->nf, .cf = r->cf, .s = r->s,
					      .ns = r->ns, .cs = r->cs});
	r->f = NULL;
	r->s = NULL;
	r->nf = r->ns = 0;
	if (keep_stores) {
		results_take(found, &(struct results){.stores = r->stores, .nstores = r->nstores,
						      .cstores = r->cstores});
		r->stores = NULL;
		r->nstores = 0;
	}
	results_take(found, &(struct results){.cut = r->cut, .ncut = r->ncut, .ccut = r->ccut});
	r->cut = NULL;
	r->ncut = 0;
}

void program_analyze(struct program *p, const struct catalog *cat,
		     struct field_store *stores, size_t nstores,
		     const struct knowledge *known, struct results *found,
		     struct knowledge *learned)
{
	struct linker l = {.follow_callers = true, .budget = BOUND_LINK_ROUNDS};
	struct round last = {0};

	if (!p->n)
		return;
	linker_init(&l, p, cat, known, stores, nstores);
	run_rounds(&l, &last);
	hand_findings(&l, &last, found, false);
	if (learned)
		learn(&l, &last, learned);
	/* the stores were recorded by the per-file runs already */
	origins_settle_stores(&l.o);
	round_free(&last, p->n);
	linker_free(&l);
}

void program_analyze_file(struct file_ir *ir, const struct catalog *cat,
			  struct results *found)
{
	struct program one = {ir, 1, 1};
	struct linker l = {.follow_callers = false, .budget = BOUND_FILE_ROUNDS};
	struct round last = {0};

	linker_init(&l, &one, cat, NULL, NULL, 0);
	run_rounds(&l, &last);
	hand_findings(&l, &last, found, true);
	round_free(&last, one.n);
	linker_free(&l);
}
