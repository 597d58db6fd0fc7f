#include "callgraph.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct callgraph_name {
	const char *name;
	size_t g;
};

struct callgraph_slot {
	const char *slot, *fn;
	size_t file;
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

bool program_has_file(const char *file, void *ctx)
{
	const struct program *p = ctx;

	for (size_t i = 0; i < p->n; i++)
		if (p->files[i].file && !strcmp(p->files[i].file, file))
			return true;
	return false;
}

static int by_name(const void *a, const void *b)
{
	const struct callgraph_name *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->g > y->g) - (x->g < y->g);
}

static int by_slot(const void *a, const void *b)
{
	return strcmp(((const struct callgraph_slot *)a)->slot,
		      ((const struct callgraph_slot *)b)->slot);
}

static void index_file(struct callgraph *cg, size_t f, size_t *g)
{
	const struct file_ir *ir = &cg->p->files[f];

	for (size_t i = 0; i < ir->n; i++, ++*g) {
		cg->fns[*g] = ir->fns[i];
		cg->file_of[*g] = f;
		cg->byname[*g] = (struct callgraph_name){ir->fns[i]->name, *g};
	}
	for (size_t i = 0; i < ir->tables.n; i++) {
		GROW(cg->slots, cg->nslots, cg->cslots);
		cg->slots[cg->nslots++] = (struct callgraph_slot){ir->tables.v[i].slot,
								  ir->tables.v[i].fn, f};
	}
}

void callgraph_build(struct callgraph *cg, const struct program *p)
{
	size_t g = 0;

	memset(cg, 0, sizeof(*cg));
	cg->p = p;
	for (size_t f = 0; f < p->n; f++)
		cg->n += p->files[f].n;
	cg->fns = xcalloc(cg->n + 1, sizeof(*cg->fns));
	cg->file_of = xcalloc(cg->n + 1, sizeof(*cg->file_of));
	cg->byname = xcalloc(cg->n + 1, sizeof(*cg->byname));
	for (size_t f = 0; f < p->n; f++)
		index_file(cg, f, &g);
	qsort(cg->byname, cg->n, sizeof(*cg->byname), by_name);
	if (cg->nslots)
		qsort(cg->slots, cg->nslots, sizeof(*cg->slots), by_slot);
	/* the tables as summary_add_slots() reads them */
	cg->tables.v = xcalloc(cg->nslots + 1, sizeof(*cg->tables.v));
	for (size_t i = 0; i < cg->nslots; i++)
		cg->tables.v[i] = (struct ops_binding){(char *)cg->slots[i].slot,
						       (char *)cg->slots[i].fn};
	cg->tables.n = cg->nslots;
}

void callgraph_free(struct callgraph *cg)
{
	free(cg->fns);
	free(cg->file_of);
	free(cg->byname);
	free(cg->slots);
	free(cg->tables.v);
	memset(cg, 0, sizeof(*cg));
}

size_t callgraph_file(const struct callgraph *cg, const char *file)
{
	for (size_t f = 0; f < cg->p->n; f++)
		if (cg->p->files[f].file && !strcmp(cg->p->files[f].file, file))
			return f;
	return (size_t)-1;
}

/* The first entry named name, or n. */
static size_t first_named(const struct callgraph *cg, const char *name)
{
	size_t lo = 0, hi = cg->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(cg->byname[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void each_function_named(const struct callgraph *cg, const char *name, size_t file,
				const struct callgraph_visit *v)
{
	size_t i = first_named(cg, name), end = i;

	while (end < cg->n && !strcmp(cg->byname[end].name, name))
		end++;
	for (size_t j = i; j < end; j++) {
		size_t g = cg->byname[j].g;
		if (cg->fns[g]->is_static && cg->file_of[g] == file) {
			v->reach(g, v->ctx);
			return;
		}
	}
	for (size_t j = i; j < end; j++)
		if (!cg->fns[cg->byname[j].g]->is_static)
			v->reach(cg->byname[j].g, v->ctx);
	if (i == end && v->outside)
		v->outside(name, v->ctx);
}

void callgraph_each_target(const struct callgraph *cg, const char *callee, size_t file,
			   const struct callgraph_visit *v)
{
	struct callgraph_slot key = {callee, NULL, 0}, *s;

	if (!strchr(callee, '.')) {
		each_function_named(cg, callee, file, v);
		return;
	}
	s = cg->nslots ? bsearch(&key, cg->slots, cg->nslots, sizeof(*s), by_slot) : NULL;
	if (!s)
		return;
	while (s > cg->slots && !strcmp(s[-1].slot, callee))
		s--;
	for (; s < cg->slots + cg->nslots && !strcmp(s->slot, callee); s++)
		each_function_named(cg, s->fn, s->file, v);
}
