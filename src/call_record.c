/* Every page argument of a call the catalog does not decide, as its
 * callee will see it: what the analysis across files binds to the
 * callee's parameters. A recorder on the call hook. */
#include "engine.h"
#include "util.h"

/* What the pages handed to a call are, as its callee will see them (a
 * catalog API defined in the tree too, such as kernel_sendpage(), passes
 * them on to its own callees). */
static void on_call(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	const struct function *fn = ctx->fn;

	if (!ctx->calls)
		return;

	for (int i = 0; i < ev->nargs; i++) {
		struct call_arg a = {ev->callee, i, ev->loc, 0, 0, NULL, NULL, NULL, {0, 0}, NULL};
		if (ev->args[i] < 0)
			continue;
		for (int o = 0; o < fn->nobjs; o++) {
			const struct object *ob = &fn->objs[o];
			int k;
			if (!objset_has(&s->bind[ev->args[i]], o))
				continue;
			if ((k = param_of(fn, o)) >= 0) {
				a.from_params |= 1u << k;
			} else {
				a.origin |= ob->origin;
				if (!a.field)
					a.field = ob->field;
				if (!a.site_api && ob->kind == OBJ_CALL) {
					a.site_api = ob->site_api;
					a.site = ob->site;
				}
				for (int p = 0; p < fn->npaths && ob->origin_from_field && !a.known; p++)
					if (fn->paths[p].root == o && fn->paths[p].strct)
						a.known = &fn->paths[p];
			}
			if (!a.expr)
				a.expr = ob->name;
		}
		if (!a.expr)
			continue;
		GROW(ctx->calls->v, ctx->calls->n, ctx->calls->cap);
		ctx->calls->v[ctx->calls->n++] = a;
	}
}

const struct checker call_recorder = {
	.on_call = on_call,
};
