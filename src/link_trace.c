/* The notes of a finding on a parameter: what its callers hand it, up the
 * callers that brought the pages, down to where they come from. */
#include "link_trace.h"
#include "bounds.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the notes read: the origins solved and the calls they came from. */
struct trace {
	const struct origins *o;
	const struct call_log *logs;	/* [g] */
	const struct function *const *fns;
};

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
static void note_fills(const struct trace *t, struct finding *f, const char *field)
{
	struct strbuf others = {0};
	const struct field_store *first = NULL;
	int shown = 0, named = 0, more = 0;

	for (size_t i = 0; i < t->o->nstores; i++) {
		const struct field_store *st = &t->o->stores[i];
		bool seen = false;
		if (strcmp(st->field, field))
			continue;
		if ((st->origin & ORIGIN_MAY_BE_SECURE) && shown < 3) {
			field_store_note(f, st, "filled");
			shown++;
			continue;
		}
		for (size_t j = 0; j < i && !seen; j++)
			seen = !strcmp(t->o->stores[j].field, field) &&
			       !strcmp(t->o->stores[j].function, st->function);
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
static void note_source(const struct trace *t, struct finding *f, size_t caller,
			const struct call_arg *a)
{
	char origin[64];
	const struct field_store *why = NULL;

	if (a->known) {
		char field[256];
		snprintf(field, sizeof(field), "%s.%s", a->known->strct, a->known->field);
		origin_describe(a->origin, origin, sizeof(origin));
		note_at(f, t->fns[caller]->file, a->loc, "origin: '%s' holds %s pages (the "
			"catalog's '%s')", a->expr, origin, field);
		free(f->via_field);
		f->via_field = xstrdup(field);
		/* and where the analyzed files fill it: user or page-cache
		 * pages first, at most three */
		note_fills(t, f, field);
	} else if (a->field && field_origins_get(t->o->fields, a->field, &why) && why) {
		/* an extraction of what wraps put there (skb_splice_from_iter():
		 * iov_iter_extract_pages() of the senders' bio_vec pages) */
		if (a->site_api) {
			note_at(f, t->fns[caller]->file, a->site, "origin: '%s' comes from "
				"%s(), which hands back the pages put in '%s' as they are",
				a->expr, a->site_api, a->field);
			note_fills(t, f, a->field);
		} else {
			field_store_note(f, why, "origin");
		}
		free(f->via_field);
		f->via_field = xstrdup(a->field);
	} else if (a->site_api) {
		origin_describe(a->origin, origin, sizeof(origin));
		note_at(f, t->fns[caller]->file, a->site, "origin: '%s' comes from %s() (%s pages)",
			a->expr, a->site_api, origin);
	}
}

/* From a parameter up the callers that brought its pages, to where they
 * come from: the notes a reviewer follows across files. */
static bool note_callers(const struct trace *t, struct finding *f, size_t g, int k)
{
	unsigned want = origins_param(t->o, g, k)->origin & ORIGIN_MAY_BE_SECURE ?
			ORIGIN_MAY_BE_SECURE : ORIGIN_UNKNOWN;
	unsigned long hops = bound_limit(BOUND_TRACE_HOPS);

	for (unsigned long hop = 0; hop < hops; hop++) {
		const struct param_origin *po = origins_param(t->o, g, k);
		long caller = want == ORIGIN_UNKNOWN ? po->unknown_caller : po->secure_caller;
		size_t entry = want == ORIGIN_UNKNOWN ? po->unknown_arg : po->secure_arg;
		const struct call_arg *a;
		char through[300];
		int next = -1;

		if (caller < 0) {
			unsigned known = origins_known(t->o, g, k);
			char origin[64];
			if (hop && !po->has_callers && known)
				note_at(f, t->fns[g]->file, t->fns[g]->loc, "'%s' is parameter %d of "
					"%s(), whose callers hand it %s pages (as the tree's "
					"summaries say)",
					t->fns[g]->objs[t->fns[g]->param_obj[k]].name, k + 1,
					t->fns[g]->name, origin_describe(known, origin, sizeof(origin)));
			else if (hop && !po->has_callers)
				note_at(f, t->fns[g]->file, t->fns[g]->loc, "'%s' is parameter %d of "
					"%s(), whose callers are not among the analyzed files",
					t->fns[g]->objs[t->fns[g]->param_obj[k]].name, k + 1,
					t->fns[g]->name);
			return true;
		}
		a = &t->logs[caller].v[entry];
		if (strchr(a->callee, '.'))
			snprintf(through, sizeof(through), "%s, which may be %s", a->callee,
				 t->fns[g]->name);
		else
			snprintf(through, sizeof(through), "%s", a->callee);
		note_at(f, t->fns[caller]->file, a->loc, "%s() passes '%s' to %s()",
			t->fns[caller]->name, a->expr, through);
		const struct cpu_carrier *cpu = catalog_cpu_carrier(t->o->base, t->fns[caller]->name);
		if (cpu)
			cpu_carrier_note(f, t->fns[caller]->file, a->loc.line, a->loc.col, cpu);
		if (want & ORIGIN_MAY_BE_SECURE) {
			next = po->secure_from;
		} else if (!(a->origin & want)) {
			for (int j = 0; j < MAX_PARAMS && next < 0; j++)
				if (((a->from_params >> j) & 1) &&
				    (origins_param_value(t->o, (size_t)caller, j) & want))
					next = j;
		}
		if (next < 0) {
			note_source(t, f, (size_t)caller, a);
			return true;
		}
		g = (size_t)caller;
		k = next;
	}
	return false;
}

bool link_trace_parameter(const struct origins *o, const struct call_log *logs,
			  struct finding *f, size_t g)
{
	const struct trace t = {o, logs, (const struct function *const *)o->cg->fns};
	const struct function *fn = t.fns[g];
	size_t before = f->nnotes;
	char origin[64], buf[512];

	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		const struct param_origin *po = origins_param(o, g, k);
		struct note *added;
		size_t n;
		unsigned known = po->has_callers ? 0 : origins_known(o, g, k);
		bool whole;
		if (fn->param_obj[k] < 0 || (!po->has_callers && !known) ||
		    strcmp(fn->objs[fn->param_obj[k]].name, f->expr))
			continue;
		origin_describe(origins_param_value(o, g, k), origin, sizeof(origin));
		if (f->nnotes) {
			snprintf(buf, sizeof(buf), "'%s' is parameter %d of %s(): its callers hand "
				 "it %s pages%s", f->expr, k + 1, fn->name, origin,
				 known ? " (as the tree's summaries say)" : "");
			free(f->notes[0].text);
			f->notes[0].text = xstrdup(buf);
		}
		whole = note_callers(&t, f, g, k);
		n = f->nnotes - before;
		if (!n || before < 1)
			return whole;
		/* right after the origin note, which comes first */
		added = xmalloc(n * sizeof(*added));
		memcpy(added, f->notes + before, n * sizeof(*added));
		memmove(f->notes + 1 + n, f->notes + 1, (before - 1) * sizeof(*added));
		memcpy(f->notes + 1, added, n * sizeof(*added));
		free(added);
		return whole;
	}
	return true;
}
