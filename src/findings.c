#include "findings.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct finding *results_add_finding(struct results *r)
{
	GROW(r->f, r->nf, r->cf);
	memset(&r->f[r->nf], 0, sizeof(r->f[0]));
	return &r->f[r->nf++];
}

void finding_add_note(struct finding *f, const char *file, unsigned line,
		      unsigned col, const char *text)
{
	GROW(f->notes, f->nnotes, f->cnotes);
	f->notes[f->nnotes++] = (struct note){xstrdup(file), line, col, xstrdup(text)};
}

void finding_fingerprint(struct finding *f)
{
	unsigned long long h = 0;

	/* the file as reported: relative to the tree's top once
	 * results_relative_to() has run (it computes the fingerprint again),
	 * so two drivers' static copy_frags() in two sge.c are two findings */
	h = fnv1a(f->rule, h);
	h = fnv1a("\n", h);
	h = fnv1a(f->file, h);
	h = fnv1a("\n", h);
	h = fnv1a(f->function, h);
	h = fnv1a("\n", h);
	h = fnv1a(f->expr, h);
	snprintf(f->fingerprint, sizeof(f->fingerprint), "%016llx", h);
}

struct site *results_add_site(struct results *r)
{
	GROW(r->s, r->ns, r->cs);
	memset(&r->s[r->ns], 0, sizeof(r->s[0]));
	return &r->s[r->ns++];
}

struct field_store *results_add_store(struct results *r)
{
	GROW(r->stores, r->nstores, r->cstores);
	memset(&r->stores[r->nstores], 0, sizeof(r->stores[0]));
	return &r->stores[r->nstores++];
}

struct file_status *results_add_file(struct results *r, const char *file)
{
	GROW(r->files, r->nfiles, r->cfiles);
	memset(&r->files[r->nfiles], 0, sizeof(r->files[0]));
	r->files[r->nfiles].file = xstrdup(file);
	return &r->files[r->nfiles++];
}

static int by_position(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->rule, y->rule);
}

static int by_bound_and_place(const void *a, const void *b)
{
	const struct truncation *x = a, *y = b;
	int c;

	if (x->bound != y->bound)
		return x->bound < y->bound ? -1 : 1;
	if ((c = strcmp(x->file, y->file)))
		return c;
	return strcmp(x->function ? x->function : "", y->function ? y->function : "");
}

void results_sort(struct results *r)
{
	if (r->nf > 1)
		qsort(r->f, r->nf, sizeof(r->f[0]), by_position);
	if (r->ncut > 1)
		qsort(r->cut, r->ncut, sizeof(r->cut[0]), by_bound_and_place);
}

size_t results_failed_files(const struct results *r)
{
	size_t n = 0;

	for (size_t i = 0; i < r->nfiles; i++)
		n += !r->files[i].analyzed && !r->files[i].not_built;
	return n;
}

size_t results_not_built_files(const struct results *r)
{
	size_t n = 0;

	for (size_t i = 0; i < r->nfiles; i++)
		n += r->files[i].not_built;
	return n;
}

void finding_release(struct finding *f)
{
	for (size_t j = 0; j < f->nnotes; j++) {
		free(f->notes[j].file);
		free(f->notes[j].text);
	}
	free(f->notes);
	free(f->file);
	free(f->function);
	free(f->message);
	free(f->expr);
	free(f->field);
	free(f->via_field);
}

#define APPEND(into, from, arr, n, cap)                                           \
	do {                                                                     \
		for (size_t i_ = 0; i_ < (from)->n; i_++) {                      \
			GROW((into)->arr, (into)->n, (into)->cap);               \
			(into)->arr[(into)->n++] = (from)->arr[i_];              \
		}                                                                \
		free((from)->arr);                                               \
	} while (0)

static void site_release(struct site *s)
{
	free(s->file);
	free(s->function);
	free(s->api);
	free(s->expr);
	free(s->origin);
	free(s->field);
	free(s->reason);
	free(s->into_field);
	free(s->handed_to);
	for (size_t i = 0; i < s->npath; i++) {
		free(s->path[i].file);
		free(s->path[i].text);
	}
	free(s->path);
	free(s->finding);
}

/* Releases the entries of r->arr whose file mine() claims, keeps the rest. */
#define DROP_MINE(r, arr, n, release)                                         \
	do {                                                                 \
		size_t kept_ = 0;                                            \
		for (size_t i_ = 0; i_ < (r)->n; i_++) {                     \
			if (mine((r)->arr[i_].file, ctx))                    \
				release(&(r)->arr[i_]);                      \
			else                                                 \
				(r)->arr[kept_++] = (r)->arr[i_];            \
		}                                                            \
		(r)->n = kept_;                                              \
	} while (0)

static bool same_or_both_null(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

void results_note_truncated(struct results *r, enum bound b, const char *file,
			    const char *function)
{
	/* newest first: a hot loop notes the same function again and again */
	for (size_t i = r->ncut; i-- > 0;)
		if (r->cut[i].bound == b && same_or_both_null(r->cut[i].file, file) &&
		    same_or_both_null(r->cut[i].function, function))
			return;
	GROW(r->cut, r->ncut, r->ccut);
	r->cut[r->ncut++] = (struct truncation){b, xstrdup(file ? file : ""),
						function ? xstrdup(function) : NULL};
}

size_t results_truncated(const struct results *r, enum bound b)
{
	size_t n = 0;

	for (size_t i = 0; i < r->ncut; i++)
		n += r->cut[i].bound == b;
	return n;
}

static void truncation_release(struct truncation *t)
{
	free(t->file);
	free(t->function);
}

void results_take_truncations(struct results *into, struct results *from)
{
	for (size_t i = 0; i < from->ncut; i++) {
		results_note_truncated(into, from->cut[i].bound, from->cut[i].file,
				       from->cut[i].function);
		truncation_release(&from->cut[i]);
	}
	free(from->cut);
	from->cut = NULL;
	from->ncut = from->ccut = 0;
}

void results_replace_analysis(struct results *r, struct results *from,
			      bool (*mine)(const char *file, void *ctx), void *ctx)
{
	DROP_MINE(r, f, nf, finding_release);
	DROP_MINE(r, s, ns, site_release);
	APPEND(r, from, f, nf, cf);
	APPEND(r, from, s, ns, cs);
	results_take_truncations(r, from);
	from->f = NULL;
	from->s = NULL;
	from->nf = from->ns = from->cf = from->cs = 0;
	results_free(from);
}

void results_free(struct results *r)
{
	for (size_t i = 0; i < r->nf; i++)
		finding_release(&r->f[i]);
	for (size_t i = 0; i < r->ns; i++)
		site_release(&r->s[i]);
	for (size_t i = 0; i < r->nstores; i++) {
		free(r->stores[i].field);
		free(r->stores[i].from_field);
		free(r->stores[i].file);
		free(r->stores[i].function);
	}
	free(r->stores);
	for (size_t i = 0; i < r->nfiles; i++) {
		free(r->files[i].file);
		free(r->files[i].reason);
	}
	for (size_t i = 0; i < r->ncut; i++)
		truncation_release(&r->cut[i]);
	free(r->cut);
	for (size_t i = 0; i < r->nsuppressed; i++) {
		finding_release(&r->suppressed[i].finding);
		free(r->suppressed[i].reason);
	}
	free(r->suppressed);
	for (size_t i = 0; i < r->nmarkers; i++) {
		free(r->markers[i].file);
		free(r->markers[i].problem);
	}
	free(r->markers);
	free(r->f);
	free(r->s);
	free(r->files);
	memset(r, 0, sizeof(*r));
}

void results_take(struct results *into, struct results *from)
{
	APPEND(into, from, f, nf, cf);
	APPEND(into, from, s, ns, cs);
	APPEND(into, from, files, nfiles, cfiles);
	APPEND(into, from, stores, nstores, cstores);
	results_take_truncations(into, from);
	memset(from, 0, sizeof(*from));
}

static void strip_prefix(char *path, const char *prefix, size_t n)
{
	if (!strncmp(path, prefix, n) && path[n] == '/')
		memmove(path, path + n + 1, strlen(path + n + 1) + 1);
}

/* Every "prefix/" inside text (the file a shared struct's field key names,
 * and the messages quoting it) goes too. */
static void strip_inside(char *text, const char *prefix, size_t n)
{
	for (char *p = text ? strstr(text, prefix) : NULL; p; p = strstr(p, prefix))
		if (p[n] == '/')
			memmove(p, p + n + 1, strlen(p + n + 1) + 1);
		else
			p += n;
}

void results_relative_to(struct results *r, const char *prefix)
{
	size_t n = strlen(prefix);

	for (size_t i = 0; i < r->nf; i++) {
		strip_prefix(r->f[i].file, prefix, n);
		strip_inside(r->f[i].field, prefix, n);
		strip_inside(r->f[i].via_field, prefix, n);
		strip_inside(r->f[i].message, prefix, n);
		for (size_t j = 0; j < r->f[i].nnotes; j++) {
			strip_prefix(r->f[i].notes[j].file, prefix, n);
			strip_inside(r->f[i].notes[j].text, prefix, n);
		}
		finding_fingerprint(&r->f[i]);
	}
	for (size_t i = 0; i < r->ns; i++) {
		strip_prefix(r->s[i].file, prefix, n);
		strip_inside(r->s[i].field, prefix, n);
		strip_inside(r->s[i].into_field, prefix, n);
		for (size_t j = 0; j < r->s[i].npath; j++) {
			strip_prefix(r->s[i].path[j].file, prefix, n);
			strip_inside(r->s[i].path[j].text, prefix, n);
		}
	}
	for (size_t i = 0; i < r->nstores; i++) {
		strip_prefix(r->stores[i].file, prefix, n);
		strip_inside(r->stores[i].field, prefix, n);
		strip_inside(r->stores[i].from_field, prefix, n);
	}
	for (size_t i = 0; i < r->ncut; i++)
		strip_prefix(r->cut[i].file, prefix, n);
	for (size_t i = 0; i < r->nfiles; i++) {
		strip_prefix(r->files[i].file, prefix, n);
		if (r->files[i].reason)	/* clang's "file:line:col: error: ..." */
			strip_prefix(r->files[i].reason, prefix, n);
	}
}
