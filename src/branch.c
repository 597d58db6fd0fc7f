/* Branches: what the edge taken on a test of a catalog call's result (or
 * of a page) tells about the pages it was about. */
#include "engine.h"

/* On this edge the pages of objs are proven never secure (a successful
 * pipe_buf_try_steal(), a folio that is not uptodate): every path naming
 * one of them names proof instead, in the states they were in. */
static void prove_not_secure(struct function *fn, struct state *s, const objset *objs,
			     int proof)
{
	stateset st = {{0}};

	if (proof < 0)
		return;
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(objs, o) && o != proof) {
			stateset_join(&st, s->st[o]);
			s->st[o] = stateset_none();
		}
	if (stateset_empty(st))
		return;
	for (int p = 0; p < fn->npaths; p++) {
		bool named = false;
		for (int w = 0; w < MAX_OBJS / 64; w++) {
			named |= (s->bind[p].w[w] & objs->w[w]) != 0;
			s->bind[p].w[w] &= ~objs->w[w];
		}
		if (named)
			objset_add(&s->bind[p], proof);
	}
	stateset_join(&s->st[proof], st);
}

/* The page a call produces: its result, or the elements of the array a
 * summarized helper fills (pin_buffer(addr, n, pages)). */
static int produced_by(const struct event *ev)
{
	if (ev->late && ev->api->page_array)
		return ev->api->cls == API_ACQUIRE ? ev->out_obj : -1;
	return ev->obj;
}

/* What outcome o of a test of the result (ok = err == 0; if (!ok)) says
 * of the result itself. */
static enum outcome tested_outcome(enum outcome test, enum outcome o)
{
	if (test == OUT_UNKNOWN)
		return o;
	if (o == OUT_TRUTHY)
		return test;
	if (o == OUT_FALSY)
		return negate(test);
	return OUT_UNKNOWN;
}

void apply_edge(struct function *fn, struct state *s, int cond, enum outcome o)
{
	if (cond < 0 || o == OUT_UNKNOWN)
		return;
	for (int i = 0; i < s->nres; i++) {
		const struct result_bind *r = &s->res[i];
		const struct api *api;
		int ok;

		if (r->path != cond || !r->ev)
			continue;
		api = r->ev->api;
		ok = result_succeeded(api->result, tested_outcome(r->test, o));
		if (ok < 0)
			continue;
		if (api->cls == API_GUARD) {
			struct page_change c = {CHANGE_GUARD_OUTCOME, api, false, ok};
			objs_change(s, &r->objs, &c);
		} else if (api->cls == API_NOT_SECURE) {
			if (ok == api->proves_on_true)
				prove_not_secure(fn, s, &r->objs, r->ev->obj);
		} else if (produced_by(r->ev) >= 0) {
			if (!ok)	/* nothing was produced on this edge */
				s->st[produced_by(r->ev)] = stateset_none();
		} else if (api->cls == API_ACQUIRE && ok) {
			objs_event(s, &r->objs, CHANGE_ACQUIRE, api);
			note_acquire(fn, &r->objs, r->ev);
		} else if (api->cls == API_LOCK && ok) {
			objs_event(s, &r->objs, CHANGE_LOCK, api);
		} else if (api->cls == API_SINK && !ok) {
			objs_attach(s, &r->objs, false);
		}
	}
	/* if (!page): no page on this edge */
	if (o == OUT_FALSY || o == OUT_ERR) {
		int single = objset_single(&s->bind[cond]);
		if (single >= 0)
			s->st[single] = stateset_none();
	}
}

