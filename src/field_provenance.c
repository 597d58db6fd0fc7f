/* Provenance through struct fields, decided over every analyzed file: a
 * NIC driver's rx ring (buffer_info->page) is filled from dev_alloc_pages()
 * in one function and read in another; the reader alone cannot tell that
 * the page is kernel-private, the stores of the whole tree can. */
#include "findings.h"
#include "rules.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field_origin_sum {
	const char *field;
	unsigned origin;
	const struct field_store *secure, *unknown;	/* a store of each kind */
};

static int by_field(const void *a, const void *b)
{
	return strcmp(((const struct field_origin_sum *)a)->field,
		      ((const struct field_origin_sum *)b)->field);
}

static struct field_origin_sum *summarize(const struct results *r, size_t *n)
{
	struct field_origin_sum *v = xcalloc(r->nstores + 1, sizeof(*v));
	size_t k = 0;

	for (size_t i = 0; i < r->nstores; i++) {
		const struct field_store *st = &r->stores[i];
		struct field_origin_sum *s = NULL;
		for (size_t j = 0; j < k && !s; j++)
			if (!strcmp(v[j].field, st->field))
				s = &v[j];
		if (!s) {
			s = &v[k++];
			s->field = st->field;
		}
		s->origin |= st->origin;
		if ((st->origin & ORIGIN_MAY_BE_SECURE) && !s->secure)
			s->secure = st;
		if ((st->origin & ORIGIN_UNKNOWN) && !s->unknown)
			s->unknown = st;
	}
	if (k > 1)
		qsort(v, k, sizeof(*v), by_field);
	*n = k;
	return v;
}

static void note_store(struct finding *f, const struct field_store *st, const char *what)
{
	char buf[512];

	snprintf(buf, sizeof(buf), "%s: '%s' is filled with %s in %s()", what, st->field,
		 st->origin & ORIGIN_MAY_BE_SECURE ? "user or page-cache pages"
						   : "a page of unknown origin",
		 st->function);
	finding_add_note(f, st->file, st->line, st->col, buf);
	/* right after the origin note: the trace reads origin first */
	if (f->nnotes > 2) {
		struct note added = f->notes[f->nnotes - 1];
		memmove(&f->notes[2], &f->notes[1], (f->nnotes - 2) * sizeof(*f->notes));
		f->notes[1] = added;
	}
}

void results_apply_field_stores(struct results *r)
{
	size_t n, kept = 0;
	struct field_origin_sum *sums = summarize(r, &n);

	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		struct field_origin_sum key = {f->field, 0, NULL, NULL}, *s = NULL;

		if (f->field && n)
			s = bsearch(&key, sums, n, sizeof(*sums), by_field);
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
