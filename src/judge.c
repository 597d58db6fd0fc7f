/* Judge together: gathers the parts' field stores for program_analyze(),
 * then hands each part the findings and sites made of its files. */
#include "judge.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void judge_add_ir(struct judge *j, struct file_ir *ir)
{
	program_add(&j->program, ir);
}

void judge_add_results(struct judge *j, struct results *r)
{
	GROW(j->parts, j->nparts, j->cparts);
	j->parts[j->nparts++] = r;
}

/* Every part's stores side by side (shallow copies: the parts keep them). */
static void gather_stores(const struct judge *j, struct results *all)
{
	for (size_t p = 0; p < j->nparts; p++)
		for (size_t k = 0; k < j->parts[p]->nstores; k++) {
			GROW(all->stores, all->nstores, all->cstores);
			all->stores[all->nstores++] = j->parts[p]->stores[k];
		}
}

/* A store of a parameter's page now has its callers' origins. */
static void settle_stores(const struct judge *j, const struct results *all)
{
	size_t n = 0;

	for (size_t p = 0; p < j->nparts; p++)
		for (size_t k = 0; k < j->parts[p]->nstores; k++)
			j->parts[p]->stores[k].origin = all->stores[n++].origin;
}

struct owner {
	const char *file;
	size_t part;
};

struct owners {
	struct owner *v;
	size_t n;
	size_t part;		/* the one asked about by owned_by_part() */
};

static int by_file(const void *a, const void *b)
{
	return strcmp(((const struct owner *)a)->file, ((const struct owner *)b)->file);
}

/* Which part each file of the program belongs to, sorted by name. */
static void find_owners(const struct judge *j, struct owners *o)
{
	for (size_t p = 0; p < j->nparts; p++)
		for (size_t k = 0; k < j->parts[p]->nfiles; k++) {
			const char *file = j->parts[p]->files[k].file;
			if (!program_has_file(file, (void *)&j->program))
				continue;
			o->v = xrealloc(o->v, (o->n + 1) * sizeof(*o->v));
			o->v[o->n++] = (struct owner){file, p};
		}
	if (o->n)
		qsort(o->v, o->n, sizeof(*o->v), by_file);
}

static const struct owner *owner_of(const struct owners *o, const char *file)
{
	struct owner key = {file, 0};

	return o->n ? bsearch(&key, o->v, o->n, sizeof(*o->v), by_file) : NULL;
}

static bool owned_by_part(const char *file, void *ctx)
{
	const struct owners *o = ctx;
	const struct owner *w = owner_of(o, file);

	return w && w->part == o->part;
}

/* Moves each of found's findings (or sites) to the part of its file. */
#define SPLIT_BY_PART(o, found, part, arr, n, cap)                                  \
	for (size_t i = 0; i < (found)->n; i++) {                                   \
		const struct owner *w = owner_of(o, (found)->arr[i].file);          \
		struct results *into;                                               \
		if (!w)                                                             \
			continue;	/* cannot be: every function is a program file's */ \
		into = &(part)[w->part];                                            \
		GROW(into->arr, into->n, into->cap);                                \
		into->arr[into->n++] = (found)->arr[i];                             \
		memset(&(found)->arr[i], 0, sizeof((found)->arr[i]));               \
	}

/* found's findings and sites, each to the part of its file, in order. */
static void split_by_part(const struct owners *o, struct results *found, struct results *part)
{
	SPLIT_BY_PART(o, found, part, f, nf, cf);
	SPLIT_BY_PART(o, found, part, s, ns, cs);
}

void judge_together(struct judge *j, const struct catalog *cat, const struct knowledge *known,
		    struct knowledge *learned)
{
	struct results stores = {0}, found = {0};
	struct results *part = xcalloc(j->nparts + 1, sizeof(*part));
	struct owners owners = {0};

	gather_stores(j, &stores);
	program_analyze(&j->program, cat, stores.stores, stores.nstores, known, &found, learned);
	settle_stores(j, &stores);
	free(stores.stores);	/* the parts' own */
	find_owners(j, &owners);
	split_by_part(&owners, &found, part);
	for (owners.part = 0; owners.part < j->nparts; owners.part++)
		results_replace_analysis(j->parts[owners.part], &part[owners.part], owned_by_part,
					 &owners);
	if (j->nparts)	/* the bounds the link hit: each names its file */
		results_take_truncations(j->parts[0], &found);
	results_free(&found);
	free(part);
	free(owners.v);
	program_free(&j->program);
	free(j->parts);
	memset(j, 0, sizeof(*j));
}
