/* Provenance through struct fields, decided over every analyzed file: a
 * NIC driver's rx ring (buffer_info->page) is filled from dev_alloc_pages()
 * in one function and read in another; the reader alone cannot tell that
 * the page is kernel-private, the stores of the whole tree can. A store of
 * a page read from another field (sw_buf->page = pool->page) makes the
 * field inherit that field's origin; a field nobody is seen filling is of
 * unknown origin. */
#include "findings.h"
#include "rules.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field_origin_sum {
	const char *field;
	unsigned origin;
	/* the store that first brought a may-be-secure / unknown page */
	const struct field_store *secure, *unknown;
};

static int by_field(const void *a, const void *b)
{
	return strcmp(((const struct field_origin_sum *)a)->field,
		      ((const struct field_origin_sum *)b)->field);
}

static struct field_origin_sum *find(struct field_origin_sum *v, size_t n, const char *field)
{
	struct field_origin_sum key = {field, 0, NULL, NULL};

	return n ? bsearch(&key, v, n, sizeof(*v), by_field) : NULL;
}

/* Adds origin to s; says whether anything was new. */
static bool merge(struct field_origin_sum *s, unsigned origin, const struct field_store *by)
{
	unsigned added = origin & ~s->origin;

	if (!added)
		return false;
	s->origin |= added;
	if ((added & ORIGIN_MAY_BE_SECURE) && !s->secure)
		s->secure = by;
	if ((added & ORIGIN_UNKNOWN) && !s->unknown)
		s->unknown = by;
	return true;
}

typedef unsigned (*resolve_fn)(const struct field_store *st, void *ctx);

static unsigned store_origin(const struct field_store *st, resolve_fn resolve, void *ctx)
{
	return st->param && resolve ? resolve(st, ctx) : st->origin;
}

static struct field_origin_sum *summarize(const struct results *r, size_t *n,
					  resolve_fn resolve, void *ctx)
{
	struct field_origin_sum *v = xcalloc(r->nstores + 1, sizeof(*v));
	size_t k = 0;
	bool changed = true;

	for (size_t i = 0; i < r->nstores; i++) {
		bool seen = false;
		for (size_t j = 0; j < k && !seen; j++)
			seen = !strcmp(v[j].field, r->stores[i].field);
		if (!seen)
			v[k++].field = r->stores[i].field;
	}
	if (k > 1)
		qsort(v, k, sizeof(*v), by_field);
	for (size_t i = 0; i < r->nstores; i++)
		merge(find(v, k, r->stores[i].field),
		      store_origin(&r->stores[i], resolve, ctx), &r->stores[i]);
	/* copies between fields: to a fixpoint (origins only grow) */
	while (changed) {
		changed = false;
		for (size_t i = 0; i < r->nstores; i++) {
			const struct field_store *st = &r->stores[i];
			struct field_origin_sum *from;
			if (!st->from_field)
				continue;
			from = find(v, k, st->from_field);
			changed |= merge(find(v, k, st->field),
					 from ? from->origin : ORIGIN_UNKNOWN, st);
		}
	}
	*n = k;
	return v;
}

static void note_store(struct finding *f, const struct field_store *st, const char *what)
{
	field_store_note(f, st, what);
	/* right after the origin note: the trace reads origin first */
	if (f->nnotes > 2) {
		struct note added = f->notes[f->nnotes - 1];
		memmove(&f->notes[2], &f->notes[1], (f->nnotes - 2) * sizeof(*f->notes));
		f->notes[1] = added;
	}
}

/* Some site's new reference stays in field (site_verdicts.c into_field). */
static bool reference_kept_in(const struct results *r, const char *field)
{
	for (size_t i = 0; i < r->ns; i++)
		if (r->s[i].into_field && !strcmp(r->s[i].into_field, field))
			return true;
	return false;
}

void results_apply_field_stores(struct results *r)
{
	size_t n, kept = 0;
	struct field_origin_sum *sums = summarize(r, &n, NULL, NULL);

	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		struct field_origin_sum *s = f->field ? find(sums, n, f->field) : NULL;

		/* a reference of a page that may be secure, stays in the field */
		if (f->ref_in_field && (!s || !s->secure || !reference_kept_in(r, f->field))) {
			finding_release(f);
			continue;
		}
		if (s && !(s->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN))) {
			/* only kernel-private or pinned pages are ever stored there */
			for (size_t j = 0; j < r->ns; j++)
				if (r->s[j].field && !strcmp(r->s[j].field, f->field) &&
				    !strcmp(r->s[j].file, f->file) &&
				    !strcmp(r->s[j].function, f->function))
					r->s[j].verdict = "kernel-private";
			finding_release(f);
			continue;
		}
		if (s && s->secure) {
			f->definite = true;
			note_store(f, s->secure, "origin");
		} else if (s && s->unknown) {
			note_store(f, s->unknown, "origin still unknown");
		}
		r->f[kept++] = *f;
	}
	r->nf = kept;
	free(sums);
}

struct field_origins {
	struct field_origin_sum *v;
	size_t n;
};

struct field_origins *field_origins_resolved(const struct results *r, resolve_fn resolve,
					     void *ctx)
{
	struct field_origins *fo = xcalloc(1, sizeof(*fo));

	fo->v = summarize(r, &fo->n, resolve, ctx);
	return fo;
}

struct field_origins *field_origins_of(const struct results *r)
{
	return field_origins_resolved(r, NULL, NULL);
}

unsigned field_origins_get(const struct field_origins *fo, const char *field,
			   const struct field_store **why)
{
	struct field_origin_sum *s = fo ? find(fo->v, fo->n, field) : NULL;

	if (why)
		*why = s ? (s->secure ? s->secure : s->unknown) : NULL;
	return s ? s->origin : 0;
}

void field_origins_free(struct field_origins *fo)
{
	if (!fo)
		return;
	free(fo->v);
	free(fo);
}

void field_store_note(struct finding *f, const struct field_store *st, const char *what)
{
	char buf[512], origin[64];
	int n = what ? snprintf(buf, sizeof(buf), "%s: ", what) : 0;

	if (st->from_field)
		snprintf(buf + n, sizeof(buf) - (size_t)n, "'%s' is filled from '%s' in %s()",
			 st->field, st->from_field, st->function);
	else if (st->param)
		snprintf(buf + n, sizeof(buf) - (size_t)n, "'%s' is filled in %s() with its "
			 "parameter %d (%s pages, from its callers)", st->field, st->function,
			 st->param, origin_describe(st->origin, origin, sizeof(origin)));
	else
		snprintf(buf + n, sizeof(buf) - (size_t)n, "'%s' is filled with %s in %s()",
			 st->field, st->origin & ORIGIN_MAY_BE_SECURE ?
			 "user or page-cache pages" : "a page of unknown origin", st->function);
	finding_add_note(f, st->file, st->line, st->col, buf);
}
