/* One verdict per new-reference or origin site of the function, read off
 * what the hooks saw: whether its page reached I/O, and whether a rule
 * reported it there; when it reached none, where it went instead: dropped
 * (released), handed back to the callers, to a call nothing analyzed
 * describes or into a struct field (escapes: the honest unknown, with
 * where), or nowhere the analysis follows (cpu-only). A recorder on the
 * I/O, call, store, return and function-end hooks. */
#include "engine.h"
#include "util.h"

#include <string.h>

/* name is a helper of the program (a summary), not a catalog sink */
static bool is_helper(const struct check_ctx *ctx, const char *name)
{
	const struct api *a = name ? catalog_find(ctx->cat, name) : NULL;

	return name && (!a || a->summary);
}

/* I/O a helper's summary says it starts, or that starts on a carrier a
 * helper filled, is the helper's to judge (its rule reports there): the
 * site goes where the page was handed. */
static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	struct object *o = &ctx->fn->objs[io->obj];
	const char *via = io->ev ? (io->ev->late ? io->ev->callee : NULL) :
			  o->has_attach ? o->attach_api : NULL;

	if (via && is_helper(ctx, via)) {
		if (!o->handed_to_helper)
			o->handed_to_helper = via;
		return;
	}
	o->io_reached = true;
}

/* Every page some argument of ev names. */
static void each_argument_page(const struct check_ctx *ctx, const struct state *s,
			       const struct event *ev, void (*fn)(struct object *, const struct event *))
{
	for (int i = 0; i < ev->nargs; i++) {
		int p = ev->args[i];
		if (p < 0)
			continue;
		for (int o = 0; o < ctx->fn->nobjs; o++)
			if (objset_has(&s->bind[p], o))
				fn(&ctx->fn->objs[o], ev);
		if (elements_path(ctx->fn, p) == p)
			continue;	/* already the elements */
		p = elements_path(ctx->fn, p);	/* pages[] handed as pages */
		for (int o = 0; p >= 0 && o < ctx->fn->nobjs; o++)
			if (objset_has(&s->bind[p], o))
				fn(&ctx->fn->objs[o], ev);
	}
}

static void mark_released(struct object *o, const struct event *ev)
{
	(void)ev;
	o->released = true;
}

static void mark_handed(struct object *o, const struct event *ev)
{
	if (!o->handed_to)
		o->handed_to = ev->callee;
}

static void mark_handed_to_helper(struct object *o, const struct event *ev)
{
	if (!o->handed_to_helper)
		o->handed_to_helper = ev->callee;
}

static void on_call(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	if (ev->api && ev->api->cls == API_RELEASE)
		each_argument_page(ctx, s, ev, mark_released);
	else if (!ev->api)
		each_argument_page(ctx, s, ev, mark_handed);
	else if (ev->late && ev->api->summary)
		each_argument_page(ctx, s, ev, mark_handed_to_helper);
}

static void on_store(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	const struct path *p = &ctx->fn->paths[ev->dest];

	if (!p->strct || !p->field || p->temp)
		return;
	for (int o = 0; o < ctx->fn->nobjs; o++)
		if (objset_has(&s->bind[ev->dest], o) && !ctx->fn->objs[o].stored_in)
			ctx->fn->objs[o].stored_in = ev->dest + 1;
}

/* A path through a pointer (buf->page, dio->pages[]), or the elements of
 * an array parameter (a gup wrapper's pages[]), is memory the callers see
 * after the return. */
static bool outlives_the_call(const struct function *fn, const struct path *p)
{
	size_t n = strlen(p->name);

	if (p->temp)
		return false;
	if (strstr(p->name, "->"))
		return true;
	for (int k = 0; n > 2 && k < fn->nparams && k < MAX_PARAMS; k++) {
		const char *param = fn->param_obj[k] >= 0 ? fn->objs[fn->param_obj[k]].name : NULL;
		if (param && strlen(param) == n - 2 && !strncmp(p->name, param, n - 2) &&
		    !strcmp(p->name + n - 2, "[]"))
			return true;
	}
	return false;
}

static void on_return(struct check_ctx *ctx, const struct state *s, const struct block *bl)
{
	struct function *fn = ctx->fn;

	for (int o = 0; bl->ret >= 0 && o < fn->nobjs; o++)
		if (objset_has(&s->bind[bl->ret], o))
			fn->objs[o].returned = true;
	for (int p = 0; p < fn->npaths; p++) {
		if (!outlives_the_call(fn, &fn->paths[p]))
			continue;
		for (int o = 0; o < fn->nobjs; o++)
			if (objset_has(&s->bind[p], o) && !fn->objs[o].left_in)
				fn->objs[o].left_in = p + 1;
	}
}

/* "struct.field" of a path, "struct.field[]" of its elements, or NULL. */
/* The field a path names, keyed as its stores and reads are
 * (catalog_field_key(): a shared struct per file). */
static char *path_field(const struct catalog *cat, const struct function *fn, int p)
{
	const char *name = fn->paths[p].name;
	size_t len = strlen(name);
	struct strbuf sb = {0};
	char *key;

	if (fn->paths[p].strct && fn->paths[p].field)
		return catalog_field_key(cat, fn->paths[p].strct, fn->paths[p].field, fn->file);
	if (len < 2 || strcmp(name + len - 2, "[]"))
		return NULL;
	for (int i = 0; i < fn->npaths; i++)
		if (!strncmp(fn->paths[i].name, name, len - 2) && !fn->paths[i].name[len - 2] &&
		    fn->paths[i].strct && fn->paths[i].field) {
			sb_addf(&sb, "%s[]", fn->paths[i].field);
			key = catalog_field_key(cat, fn->paths[i].strct, sb.buf, fn->file);
			sb_release(&sb);
			return key;
		}
	return NULL;
}

/* The site's API is a helper of the program (a summary bound to a late
 * call), not a catalog entry: its reference is the helper's own site. */
static bool through_a_helper(const struct function *fn, const char *api)
{
	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].nev; i++)
			if (fn->blocks[b].ev[i].late && fn->blocks[b].ev[i].callee &&
			    !strcmp(fn->blocks[b].ev[i].callee, api))
				return true;
	return false;
}

/* Where a page that reached no I/O went, for sites_follow(). */
static void note_escape(const struct catalog *cat, const struct function *fn,
			const struct object *o, struct site *site)
{
	bool left = o->left_in && !o->released;
	bool param = param_of(fn, (int)(o - fn->objs)) >= 0;

	site->to_callers = o->returned || left || (param && !o->released);
	site->through_helper = through_a_helper(fn, site->api);
	if (o->stored_in)
		site->into_field = path_field(cat, fn, o->stored_in - 1);
	else if (left && !site->through_helper)
		/* a page read from the field whose reference is left there: a
		 * helper taking it would have its own site and say where the
		 * page went */
		site->into_field = path_field(cat, fn, o->left_in - 1);
}

static const char *verdict(const struct catalog *cat, const struct function *fn,
			   const struct object *o, struct site *site)
{
	struct strbuf sb = {0};

	if (o->private_via) {
		const struct private_mapping *m = catalog_private_mapping(cat, o->private_via);
		sb_addf(&sb, "looked up in the mapping of %s: %s", o->private_via,
			m ? m->reason : "a mapping user space never maps");
		site->reason = sb_detach(&sb);
	}
	if (!(o->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
		return o->origin & ORIGIN_PINNED ? "guarded" :
		       o->origin & ORIGIN_NOT_SECURE ? "not-secure" : "kernel-private";
	if (o->rule_verdict)
		return o->rule_verdict;
	if (o->io_reached)
		return "guarded";
	note_escape(cat, fn, o, site);
	/* a put_page() of a page an origin handed out (an accessor's) drops
	 * a reference someone else took: where it was handed still counts */
	bool dropped = o->released && (o->kind == OBJ_CALL ? o->acquired_here : o->has_acq);

	if (o->returned)
		sb_adds(&sb, "returned to its callers");
	else if (o->stored_in)
		sb_addf(&sb, "stored in %s", site->into_field ? site->into_field
							       : fn->paths[o->stored_in - 1].name);
	else if (o->left_in && !o->released && strcmp(fn->paths[o->left_in - 1].name, o->name))
		sb_addf(&sb, "its reference stays in '%s', which its callers see",
			fn->paths[o->left_in - 1].name);
	else if (!o->released && (o->left_in || param_of(fn, (int)(o - fn->objs)) >= 0))
		sb_adds(&sb, "its reference is left to the callers");
	else if (o->handed_to)
		sb_addf(&sb, "handed to %s(), which nothing analyzed describes", o->handed_to);
	else if (o->handed_to_helper && !dropped && strcmp(o->handed_to_helper, site->api))
		sb_addf(&sb, "handed to %s()", o->handed_to_helper);
	if (o->handed_to_helper && !dropped && strcmp(o->handed_to_helper, site->api))
		site->handed_to = xstrdup(o->handed_to_helper);
	else if (o->handed_to && !dropped)	/* analyzed, with no summary */
		site->handed_to = xstrdup(o->handed_to);
	if (sb.len) {
		site->reason = sb_detach(&sb);
		return "escapes";
	}
	return dropped || o->released ? "released" : "cpu-only";
}

/* A page lock is no new reference (generic_pipe_buf_try_steal()'s
 * lock_page()): not a site. */
static bool takes_no_reference(const struct check_ctx *ctx, const char *api)
{
	const struct api *a = api ? catalog_find(ctx->cat, api) : NULL;

	return a && a->cls == API_LOCK;
}

static void on_function_end(struct check_ctx *ctx)
{
	struct function *fn = ctx->fn;
	char origin[64];

	for (int i = 0; i < fn->nobjs; i++) {
		struct object *o = &fn->objs[i];
		struct site *site;
		if (o->kind != OBJ_CALL && (!o->has_acq || takes_no_reference(ctx, o->acq_api)))
			continue;
		site = results_add_site(ctx->out);
		site->file = xstrdup(fn->file);
		site->function = xstrdup(fn->name);
		site->api = xstrdup(o->kind == OBJ_CALL ? o->site_api : o->acq_api);
		site->expr = xstrdup(o->name);
		site->origin = xstrdup(origin_describe(o->origin, origin, sizeof(origin)));
		site->line = o->kind == OBJ_CALL ? o->site.line : o->acq.line;
		site->col = o->kind == OBJ_CALL ? o->site.col : o->acq.col;
		site->verdict = verdict(ctx->cat, fn, o, site);
		site->field = o->field ? xstrdup(o->field) :
			      o->from_accessor ? xstrdup(o->from_accessor) : NULL;
		if (o->origin == ORIGIN_NOT_SECURE) {	/* the test that proved it */
			const struct api *proof = o->site_api ? catalog_find(ctx->cat, o->site_api)
							       : NULL;
			site->reason = proof && proof->reason ? xstrdup(proof->reason) : NULL;
		}
	}
}

const struct checker site_recorder = {
	.on_io = on_io,
	.on_call = on_call,
	.on_store = on_store,
	.on_return = on_return,
	.on_function_end = on_function_end,
};
