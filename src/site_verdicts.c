/* One verdict per new-reference or origin site of the function, read off
 * what the hooks saw: whether its page reached I/O, and whether a rule
 * reported it there. A recorder on the I/O and function-end hooks. */
#include "engine.h"
#include "util.h"

#include <string.h>

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	ctx->fn->objs[io->obj].io_reached = true;
}

static const char *verdict(const struct object *o)
{
	if (!(o->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
		return o->origin & ORIGIN_PINNED ? "guarded" :
		       o->origin & ORIGIN_NOT_SECURE ? "not-secure" : "kernel-private";
	if (o->rule_verdict)
		return o->rule_verdict;
	if (o->io_reached)
		return "guarded";
	return "no-io";
}

static void on_function_end(struct check_ctx *ctx)
{
	struct function *fn = ctx->fn;
	char origin[64];

	for (int i = 0; i < fn->nobjs; i++) {
		struct object *o = &fn->objs[i];
		struct site *site;
		if (o->kind != OBJ_CALL && !o->has_acq)
			continue;
		site = results_add_site(ctx->out);
		site->file = xstrdup(fn->file);
		site->function = xstrdup(fn->name);
		site->api = xstrdup(o->kind == OBJ_CALL ? o->site_api : o->acq_api);
		site->expr = xstrdup(o->name);
		site->origin = xstrdup(origin_describe(o->origin, origin, sizeof(origin)));
		site->line = o->kind == OBJ_CALL ? o->site.line : o->acq.line;
		site->col = o->kind == OBJ_CALL ? o->site.col : o->acq.col;
		site->verdict = verdict(o);
		site->field = o->field ? xstrdup(o->field) : NULL;
		if (o->origin == ORIGIN_NOT_SECURE) {	/* the test that proved it */
			const struct api *proof = o->site_api ? catalog_find(ctx->cat, o->site_api)
							       : NULL;
			site->reason = proof && proof->reason ? xstrdup(proof->reason) : NULL;
		}
	}
}

const struct checker site_recorder = {
	.on_io = on_io,
	.on_function_end = on_function_end,
};
