/* The engine's state at a point of a function: for each access path, the
 * set of objects (page values) it may name; for each object, the set of
 * tuples it may be in (tuple.h); and which paths hold the still-untested
 * result of a catalog call, so that a later branch on that result
 * (if (!try_get_page(p)), if (err), if (bio_add_page(...) < len)) refines
 * the states on each edge. Joins are unions, except for results, which
 * are only known where every incoming path knows them. */
#ifndef PAGECHECK_LATTICE_H
#define PAGECHECK_LATTICE_H

#include "ir.h"
#include "tuple.h"

/* Results remembered per state; the oldest is forgotten beyond it (the
 * state says so: a later test of it refines nothing). */
#define MAX_RESULTS 16

struct result_bind {
	int path;
	const struct event *ev;	/* the call whose result it is; NULL: errval */
	objset objs;		/* the pages that call was about */
	/* the path holds a test of the result (ok = err == 0): what it being
	 * true says of the result; OUT_UNKNOWN: the result itself */
	enum outcome test;
};

struct state {
	bool live;
	bool forgot_result;	/* MAX_RESULTS was hit on some path here */
	objset *bind;		/* [npaths] */
	int nobjs;		/* the function's: st[] past it stays empty */
	stateset st[MAX_OBJS];
	struct result_bind res[MAX_RESULTS];
	int nres;
};

void state_init(struct state *s, const struct function *fn);
void state_free(struct state *s);
void state_copy(struct state *d, const struct state *s, int npaths);
/* Join src into dst; true when dst changed. */
bool state_join(struct state *d, const struct state *s, int npaths);

void drop_result(struct state *s, int path);
void add_result(struct state *s, int path, const struct event *ev, objset objs);
/* The same, for a path holding a test of the result (result_bind.test). */
void add_result_test(struct state *s, int path, const struct event *ev, objset objs,
		     enum outcome test);
/* path names exactly obj from now on (nothing, when obj is -1) */
void bind_new(struct state *s, int path, int obj);

/* The outcome of the other edge of a test. */
enum outcome negate(enum outcome o);
/* What outcome o of a test of a call's result (of that kind) says the
 * call did: 1 what it does, 0 nothing, -1 cannot tell. */
int result_succeeded(enum result_kind kind, enum outcome o);

/* "pages" as an argument means "pages[]": the path of its elements. */
int elements_path(struct function *fn, int p);

/* The engine's own dimension: the page sits in a carrier whose I/O has
 * not started. */
extern struct state_dim carrier_state;

static inline bool page_attached(struct tuple t)
{
	return tuple_get(t, &carrier_state) != 0;
}

/* The tuples of set, moved into (on) or out of a carrier. */
stateset states_attach(stateset set, bool on);
void objs_attach(struct state *s, const objset *objs, bool on);

#endif
