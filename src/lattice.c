#include "lattice.h"
#include "bounds.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const carrier_values[] = {"free", "in a carrier"};
struct state_dim carrier_state = {"carrier", 2, carrier_values, 0};

void state_init(struct state *s, const struct function *fn)
{
	memset(s->st, 0, sizeof(s->st));
	s->bind = xcalloc((size_t)fn->npaths, sizeof(objset));
	s->nobjs = fn->nobjs;
	s->nres = 0;
	s->live = false;
	s->forgot_result = false;
}

void state_free(struct state *s)
{
	free(s->bind);
	s->bind = NULL;
}

void state_copy(struct state *d, const struct state *s, int npaths)
{
	d->live = s->live;
	memcpy(d->bind, s->bind, (size_t)npaths * sizeof(objset));
	memcpy(d->st, s->st, (size_t)s->nobjs * sizeof(s->st[0]));
	memcpy(d->res, s->res, sizeof(s->res));
	d->nres = s->nres;
	d->forgot_result = s->forgot_result;
}

bool state_join(struct state *d, const struct state *s, int npaths)
{
	bool changed = false;
	int keep = 0;

	if (!s->live)
		return false;
	if (!d->live) {
		state_copy(d, s, npaths);
		return true;
	}
	d->forgot_result |= s->forgot_result;
	for (int p = 0; p < npaths; p++)
		for (int w = 0; w < MAX_OBJS / 64; w++) {
			uint64_t v = d->bind[p].w[w] | s->bind[p].w[w];
			changed |= v != d->bind[p].w[w];
			d->bind[p].w[w] = v;
		}
	for (int o = 0; o < s->nobjs; o++)
		changed |= stateset_join(&d->st[o], s->st[o]);
	/* a result is only known where every incoming path knows it */
	for (int i = 0; i < d->nres; i++) {
		bool found = false;
		for (int j = 0; j < s->nres && !found; j++)
			found = s->res[j].path == d->res[i].path && s->res[j].ev == d->res[i].ev &&
				s->res[j].test == d->res[i].test;
		if (found)
			d->res[keep++] = d->res[i];
	}
	changed |= keep != d->nres;
	d->nres = keep;
	return changed;
}

/* MAX_RESULTS, or fewer for the tests (PAGECHECK_TEST_BOUNDS max_results) */
static int results_cap(void)
{
	static int cap = -1;

	if (cap < 0) {
		unsigned long b = bound_limit(BOUND_RESULTS);
		cap = b < MAX_RESULTS ? (int)b : MAX_RESULTS;
	}
	return cap;
}

void drop_result(struct state *s, int path)
{
	int keep = 0;

	for (int i = 0; i < s->nres; i++)
		if (s->res[i].path != path)
			s->res[keep++] = s->res[i];
	s->nres = keep;
}

void add_result(struct state *s, int path, const struct event *ev, objset objs)
{
	add_result_test(s, path, ev, objs, OUT_UNKNOWN);
}

void add_result_test(struct state *s, int path, const struct event *ev, objset objs,
		     enum outcome test)
{
	drop_result(s, path);
	if (s->nres >= results_cap()) {
		s->forgot_result = true;
		if (!s->nres)
			return;	/* no result is remembered at all */
		memmove(s->res, s->res + 1, sizeof(s->res[0]) * --s->nres);
	}
	s->res[s->nres++] = (struct result_bind){path, ev, objs, test};
}

void bind_new(struct state *s, int path, int obj)
{
	if (path < 0)
		return;
	memset(&s->bind[path], 0, sizeof(objset));
	if (obj >= 0)
		objset_add(&s->bind[path], obj);
}


stateset states_attach(stateset set, bool on)
{
	stateset out = {{0}};

	for (unsigned i = 0; i < ntuples; i++)
		if (stateset_has(&set, i)) {
			struct tuple t = tuple_at(i);
			tuple_set(&t, &carrier_state, on);
			stateset_add(&out, tuple_index(t));
		}
	return out;
}

void objs_attach(struct state *s, const objset *objs, bool on)
{
	for (int o = 0; o < MAX_OBJS; o++)
		if (objset_has(objs, o))
			s->st[o] = states_attach(s->st[o], on);
}

int elements_path(struct function *fn, int p)
{
	size_t len;

	if (p < 0)
		return p;
	len = strlen(fn->paths[p].name);
	if (len >= 2 && !strcmp(fn->paths[p].name + len - 2, "[]"))
		return p;
	if (fn->paths[p].name[0] == '&') {	/* &page: its one element is page */
		for (int i = 0; i < fn->npaths; i++)
			if (!fn->paths[i].temp && !strcmp(fn->paths[i].name, fn->paths[p].name + 1))
				return i;
		return -1;
	}
	for (int i = 0; i < fn->npaths; i++)
		if (!strncmp(fn->paths[i].name, fn->paths[p].name, len) &&
		    !strcmp(fn->paths[i].name + len, "[]"))
			return i;
	return -1;
}

enum outcome negate(enum outcome o)
{
	static const enum outcome neg[] = {
		[OUT_UNKNOWN] = OUT_UNKNOWN, [OUT_TRUTHY] = OUT_FALSY,
		[OUT_FALSY] = OUT_TRUTHY, [OUT_NEG] = OUT_NONNEG,
		[OUT_NONNEG] = OUT_NEG, [OUT_SHORT] = OUT_FULL,
		[OUT_FULL] = OUT_SHORT, [OUT_ERR] = OUT_NOERR, [OUT_NOERR] = OUT_ERR,
	};
	return neg[o];
}

/* 1: the call did what it does, 0: it did nothing, -1: cannot tell. */
int result_succeeded(enum result_kind kind, enum outcome o)
{
	switch (kind) {
	case RESULT_BOOL:
		return o == OUT_TRUTHY ? 1 : o == OUT_FALSY ? 0 : -1;
	case RESULT_ERRNO:
		return o == OUT_FALSY || o == OUT_NONNEG ? 1
		       : o == OUT_TRUTHY || o == OUT_NEG ? 0 : -1;
	case RESULT_COUNT:
		return o == OUT_TRUTHY || o == OUT_FULL ? 1
		       : o == OUT_NEG || o == OUT_FALSY ? 0 : -1;
	case RESULT_POINTER:
		return o == OUT_TRUTHY || o == OUT_NOERR ? 1
		       : o == OUT_FALSY || o == OUT_ERR ? 0 : -1;
	case RESULT_BYTES:
		return o == OUT_TRUTHY || o == OUT_FULL ? 1
		       : o == OUT_FALSY || o == OUT_SHORT ? 0 : -1;
	case RESULT_NONE:
		break;
	}
	return -1;
}
