/* x->field = page: what a page read from that field elsewhere may be,
 * for field provenance across files. A recorder on the store hook. */
#include "engine.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void add_store(struct check_ctx *ctx, const char *field, unsigned origin,
		      const char *from_field, int param, const struct event *ev)
{
	struct function *fn = ctx->fn;
	struct field_store *st;

	for (size_t i = 0; i < ctx->out->nstores; i++) {
		st = &ctx->out->stores[i];
		if (st->origin == origin && st->param == param && !strcmp(st->field, field) &&
		    !strcmp(st->function, fn->name) && !strcmp(st->file, fn->file) &&
		    !st->from_field == !from_field &&
		    (!from_field || !strcmp(st->from_field, from_field)))
			return;
	}
	st = results_add_store(ctx->out);
	st->field = xstrdup(field);
	st->origin = origin;
	st->from_field = from_field ? xstrdup(from_field) : NULL;
	st->param = param;
	st->file = xstrdup(fn->file);
	st->function = xstrdup(fn->name);
	st->line = ev->loc.line;
	st->col = ev->loc.col;
}

/* What objs, stored in key, bring there. A page read from another field is
 * recorded as a copy of that field; one of a parameter, as its callers say.
 * Whether any of them is a page. */
static bool store_objects(struct check_ctx *ctx, const char *key, const objset *objs,
			  const struct event *ev)
{
	struct function *fn = ctx->fn;
	unsigned origin = 0;
	bool any = false;

	for (int o = 0; o < fn->nobjs; o++) {
		int k;
		if (!objset_has(objs, o))
			continue;
		any = true;
		if (fn->objs[o].field)
			add_store(ctx, key, 0, fn->objs[o].field, 0, ev);
		else if ((k = param_of(fn, o)) >= 0)
			add_store(ctx, key, fn->objs[o].origin, NULL, k + 1, ev);
		else
			origin |= fn->objs[o].origin;
	}
	if (origin)	/* else NULL, or not a page */
		add_store(ctx, key, origin, NULL, 0, ev);
	return any;
}

static void on_store(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	struct function *fn = ctx->fn;
	int d = ev->dest;
	const struct path *p = &fn->paths[d];
	char *key;

	if (!p->strct || !p->field || p->temp)
		return;
	key = catalog_field_key(ctx->cat, p->strct, p->field, fn->file);
	store_objects(ctx, key, &s->bind[d], ev);
	free(key);
}

/* iov_iter_bvec(&msg.msg_iter, ITER_SOURCE, bvec, n, len): the pages put on
 * carriers here (carriers are not told apart) go into the wrap's member;
 * with none seen, pages of unknown origin do. */
static void on_wrap(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	char *key = catalog_field_key(ctx->cat, ev->api->member_struct, ev->api->member_field,
				      NULL);
	objset attached = {0};

	for (int o = 0; o < ctx->fn->nobjs; o++)
		if (!stateset_empty(states_where(s->st[o], page_attached)))
			objset_add(&attached, o);
	if (!store_objects(ctx, key, &attached, ev))
		add_store(ctx, key, ORIGIN_UNKNOWN, NULL, 0, ev);
	free(key);
}

/* A call filling an array field (iov_iter_get_pages2(iter, dio->pages, ...))
 * stores what it produces in each element, as a store of each would. */
static void on_call(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	const struct api *a = ev->api;
	const struct path *p;
	char *key;
	int e;

	if (a && a->cls == API_WRAP) {
		on_wrap(ctx, s, ev);
		return;
	}
	if (!a || !a->page_array || a->page < 0 || a->page >= ev->nargs || ev->args[a->page] < 0 ||
	    (a->cls != API_ACQUIRE && a->cls != API_ORIGIN))
		return;
	e = elements_path(ctx->fn, ev->args[a->page]);
	if (e < 0)
		return;
	p = &ctx->fn->paths[e];
	if (!p->strct || !p->field || p->temp)
		return;
	key = catalog_field_key(ctx->cat, p->strct, p->field, ctx->fn->file);
	add_store(ctx, key, a->origin, NULL, 0, ev);
	free(key);
}

const struct checker store_recorder = {
	.on_store = on_store,
	.on_call = on_call,
};
