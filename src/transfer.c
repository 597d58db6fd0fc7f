/* The transfer over one block: what each event (a catalog call, a call
 * nobody describes, an assignment) does to the state, and the I/O sites
 * and guard sites where the hooks run when report is set. */
#include "engine.h"
#include "../checkers/states.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static objset page_objs(const struct state *s, struct function *fn,
			const struct event *ev)
{
	objset none = {{0}};
	const struct api *api = ev->api;
	int p;

	if (api->page < 0 || api->page >= ev->nargs || ev->args[api->page] < 0)
		return none;
	p = ev->args[api->page];
	if (api->page_array)	/* "pages" as an argument means "pages[]" */
		p = elements_path(fn, p);
	return p >= 0 ? s->bind[p] : none;
}

static void note_once(bool *has, struct loc *at, const char **api, const struct event *ev)
{
	if (*has)
		return;
	*has = true;
	*at = ev->loc;
	*api = ev->callee;
}

void note_acquire(struct function *fn, const objset *objs, const struct event *ev)
{
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(objs, o))
			note_once(&fn->objs[o].has_acq, &fn->objs[o].acq,
				  &fn->objs[o].acq_api, ev);
}

/* The pages whose contents a cpu_access call reads or writes: the
 * arguments the catalog names, which the CFG builder made the pages' own
 * paths (a pointer from a cpu_map call names its page). */
static objset accessed_objs(const struct state *s, const struct event *ev)
{
	objset out = {{0}};

	for (int i = 0; i < ev->nargs && i < 32; i++) {
		if (!((ev->api->access_args >> i) & 1) || ev->args[i] < 0)
			continue;
		for (int w = 0; w < MAX_OBJS / 64; w++)
			out.w[w] |= s->bind[ev->args[i]].w[w];
	}
	return out;
}

static bool held(struct tuple t)
{
	return !page_unpinned(t);
}

/* An object standing for every element of an array (pages[]): touching
 * one element says nothing of the others. */
static bool is_group(const struct object *o)
{
	size_t n = strlen(o->name);

	return n >= 2 && !strcmp(o->name + n - 2, "[]");
}

/* Where the CPU touched each page while it was held, for the reports. */
static void cpu_access(struct function *fn, struct state *s, const struct event *ev)
{
	objset objs = accessed_objs(s, ev), single = {{0}};

	for (int o = 0; o < fn->nobjs; o++) {
		if (!objset_has(&objs, o) || is_group(&fn->objs[o]))
			continue;
		objset_add(&single, o);
		if (states_any(s->st[o], held))
			note_once(&fn->objs[o].has_cpu, &fn->objs[o].cpu, &fn->objs[o].cpu_api,
				  ev);
	}
	objs_event(s, &single, CHANGE_CPU_ACCESS, ev->api);
}

static void io_check(struct check_ctx *ctx, enum io_kind kind, int obj, stateset states,
		     const struct event *ev, struct loc loc)
{
	struct io_site io = {kind, obj, states, ev, loc};

	hooks_io(ctx, &io);
}

static void flush_carriers(struct check_ctx *ctx, struct state *s, enum io_kind kind,
			   const struct event *ev, struct loc loc, bool report)
{
	for (int o = 0; o < ctx->fn->nobjs; o++) {
		stateset att = states_where(s->st[o], page_attached);
		if (stateset_empty(att))
			continue;
		if (report)
			io_check(ctx, kind, o, att, ev, loc);
		s->st[o] = states_attach(s->st[o], false);
	}
}


static void unknown_result(struct state *s, const struct event *ev)
{
	if (ev->obj < 0)
		return;
	bind_new(s, ev->dest, ev->obj);
	s->st[ev->obj] = states_fresh_event(CHANGE_CALLER_PAGE, NULL);
}

/* The call produces the page: origin and reference come with it. */
static void produce(struct function *fn, struct state *s, const struct event *ev, int produced)
{
	const struct api *api = ev->api;
	struct object *o = &fn->objs[produced];
	objset objs = {{0}};

	s->st[produced] = states_fresh_event(CHANGE_PRODUCED, api);
	o->acquired_here = api->cls == API_ACQUIRE;
	objset_add(&objs, produced);
	if (api->page_array) {
		int elems = elements_path(fn, ev->args[api->page]);
		bind_new(s, elems, produced);
		if (elems >= 0 && strchr(o->name, '(')) {
			free(o->name);
			o->name = xstrdup(fn->paths[elems].name);
		}
	} else if (api->member_field && api->page >= 0) {
		bind_new(s, ev->args[api->page], produced);
	} else
		bind_new(s, ev->dest, produced);
	if (ev->dest >= 0 && api->result != RESULT_NONE)
		add_result(s, ev->dest, ev, objs);
}

/* A summarized helper's value: its argument, or a page it does not
 * produce. */
static void helper_result(struct state *s, const struct event *ev)
{
	const struct api *api = ev->api;

	if (api->returns_arg && ev->dest >= 0 && api->value_arg < ev->nargs &&
	    ev->args[api->value_arg] >= 0)
		s->bind[ev->dest] = s->bind[ev->args[api->value_arg]];
	else
		unknown_result(s, ev);
}

static void call_event(struct check_ctx *ctx, struct state *s, const struct event *ev,
		       bool report)
{
	struct function *fn = ctx->fn;
	const struct api *api = ev->api;
	objset objs = page_objs(s, fn, ev);
	bool deferred = api->result == RESULT_BOOL && ev->dest >= 0 &&
			(api->cls == API_ACQUIRE || api->cls == API_LOCK);

	if (api->cls == API_NOT_SECURE) {	/* judged on the branch on its result */
		if (ev->dest >= 0)
			add_result(s, ev->dest, ev, objs);
		return;
	}
	if (ev->late && api->page != PAGE_RETURN)
		helper_result(s, ev);
	/* a summarized helper filling the caller's array produces its pages
	 * (one that makes them accessible produces none) */
	int produced = !ev->late || !api->page_array ? ev->obj :
		       api->cls == API_ACQUIRE ? ev->out_obj : -1;

	if (produced >= 0 && (!ev->late || api->page == PAGE_RETURN || api->page_array)) {
		produce(fn, s, ev, produced);
		return;
	}
	if (deferred) {
		add_result(s, ev->dest, ev, objs);
		return;
	}
	switch (api->cls) {
	case API_ORIGIN:
	case API_CONVERT:
	case API_NOT_SECURE:
	case API_CPU_MAP:
	case API_WRAP:
		break;
	case API_CPU_ACCESS:
		cpu_access(fn, s, ev);
		break;
	case API_ACQUIRE:
		objs_event(s, &objs, CHANGE_ACQUIRE, api);
		note_acquire(fn, &objs, ev);
		break;
	case API_RELEASE:
		objs_event(s, &objs, CHANGE_RELEASE, api);
		break;
	case API_LOCK:
		objs_event(s, &objs, CHANGE_LOCK, api);
		note_acquire(fn, &objs, ev);
		break;
	case API_UNLOCK:
		objs_event(s, &objs, CHANGE_UNLOCK, api);
		break;
	case API_GUARD: {
		struct page_change g = {CHANGE_GUARD, api, ev->dest >= 0, false};
		for (int o = 0; o < fn->nobjs; o++) {
			if (!objset_has(&objs, o))
				continue;
			note_once(&fn->objs[o].has_guard, &fn->objs[o].guard,
				  &fn->objs[o].guard_api, ev);
			if (report) {
				struct guard_site gs = {o, s->st[o], ev};
				hooks_guard(ctx, &gs);
			}
		}
		objs_change(s, &objs, &g);
		/* a helper that makes the page accessible or does not return
		 * (BUG() on failure): made accessible, nothing to test */
		if (api->implicit_guard) {
			struct page_change ok = {CHANGE_GUARD_OUTCOME, api, false, true};
			objs_change(s, &objs, &ok);
		} else if (ev->dest >= 0) {
			add_result(s, ev->dest, ev, objs);
		}
		break;
	}
	case API_SINK:
		if (api->sink == SINK_SUBMIT) {
			flush_carriers(ctx, s, IO_SUBMIT, ev, ev->loc, report);
			break;
		}
		for (int o = 0; o < fn->nobjs; o++) {
			if (!objset_has(&objs, o) || stateset_empty(s->st[o]))
				continue;
			if (report)
				io_check(ctx, api->sink == SINK_ATTACH ? IO_ATTACH : IO_DIRECT,
					 o, s->st[o], ev, ev->loc);
			if (api->sink == SINK_ATTACH)
				note_once(&fn->objs[o].has_attach, &fn->objs[o].attach,
					  &fn->objs[o].attach_api, ev);
		}
		if (api->sink == SINK_ATTACH) {
			objs_attach(s, &objs, true);
			if (ev->dest >= 0 && api->result != RESULT_NONE)
				add_result(s, ev->dest, ev, objs);
		}
		break;
	}
}

static bool is_subpath(const char *p, const char *base)
{
	size_t n = strlen(base);

	return !strncmp(p, base, n) &&
	       (!strncmp(p + n, "->", 2) || p[n] == '.' || p[n] == '[');
}

/* dest = src, or dest = a test of src: dest holds src's call result, or
 * a test of it (a test of a test composes: ok = !(err == 0)). An error
 * value tested is no error value. */
static void copy_result(struct state *s, const struct event *ev)
{
	for (int i = 0; i < s->nres; i++) {
		const struct result_bind r = s->res[i];
		enum outcome t = r.test;
		if (r.path != ev->src)
			continue;
		if (ev->test != OUT_UNKNOWN && !r.ev)
			return;
		if (ev->test != OUT_UNKNOWN && t == OUT_UNKNOWN)
			t = ev->test;
		else if (ev->test == OUT_FALSY)
			t = negate(t);
		else if (ev->test != OUT_UNKNOWN && ev->test != OUT_TRUTHY)
			return;	/* (err == 0) < 0: nothing a result says */
		add_result_test(s, ev->dest, r.ev, r.objs, t);
		return;
	}
}

static void assign_event(struct check_ctx *ctx, struct state *s, const struct event *ev,
			 bool report)
{
	struct function *fn = ctx->fn;
	int d = ev->dest;

	drop_result(s, d);
	if (ev->src >= 0 && ev->test != OUT_UNKNOWN) {
		bind_new(s, d, -1);	/* a truth value, no page */
		copy_result(s, ev);
	} else if (ev->src >= 0) {
		s->bind[d] = s->bind[ev->src];
		copy_result(s, ev);
		/* a produced page is known by the first variable it lands in */
		for (int o = 0; o < fn->nobjs && !fn->paths[d].temp; o++)
			if (objset_has(&s->bind[d], o) && fn->objs[o].kind != OBJ_ROOT &&
			    strchr(fn->objs[o].name, '(')) {
				free(fn->objs[o].name);
				fn->objs[o].name = xstrdup(fn->paths[d].name);
			}
	} else if (ev->obj >= 0) {
		bind_new(s, d, ev->obj);
		s->st[ev->obj] = states_fresh_event(CHANGE_CALLER_PAGE, NULL);
	} else {
		bind_new(s, d, -1);
	}
	if (ev->negative_const) {
		objset none = {{0}};
		add_result(s, d, NULL, none);
	}
	if (report && ev->src != d)
		hooks_store(ctx, s, ev);
	/* buf = next: buf->page names another page now */
	if (fn->paths[d].temp || ev->src == d)
		return;
	for (int p = 0; p < fn->npaths; p++)
		if (!fn->paths[p].temp && is_subpath(fn->paths[p].name, fn->paths[d].name))
			bind_new(s, p, fn->paths[p].root);
}

/* ---- branches ---- */

static bool returns_error(const struct state *s, const struct block *bl)
{
	if (bl->ret_error)
		return true;
	for (int i = 0; i < s->nres; i++)
		if (s->res[i].path == bl->ret && !s->res[i].ev)
			return true;
	return false;
}

/* A helper that returns an acquire's or a lock's result
 * (`return try_get_page(buf->page);`, as generic_pipe_buf_get() does) leaves
 * the test to its callers: on the way out the reference is taken, or the
 * site would never be seen and the callers' test would find nothing to
 * confirm. */
static void apply_returned_result(struct function *fn, struct state *s, int ret)
{
	for (int i = 0; ret >= 0 && i < s->nres; i++) {
		const struct result_bind *r = &s->res[i];
		if (r->path != ret || !r->ev || r->ev->obj >= 0 || r->ev->api->page_array)
			continue;	/* what produces its pages took them already */
		if (r->ev->api->cls == API_ACQUIRE) {
			objs_event(s, &r->objs, CHANGE_ACQUIRE, r->ev->api);
			note_acquire(fn, &r->objs, r->ev);
		} else if (r->ev->api->cls == API_LOCK) {
			objs_event(s, &r->objs, CHANGE_LOCK, r->ev->api);
		}
	}
}

void transfer(struct check_ctx *ctx, struct state *s, const struct block *bl,
		     bool report)
{
	objset all;

	for (int i = 0; i < bl->nev; i++) {
		const struct event *ev = &bl->ev[i];
		if (report && ev->kind == EV_CALL)
			hooks_call(ctx, s, ev);
		if (ev->kind == EV_ASSIGN)
			assign_event(ctx, s, ev, report);
		else if (ev->api)
			call_event(ctx, s, ev, report);
		else
			unknown_result(s, ev);
	}
	if (bl->term != TERM_RETURN)
		return;
	if (!returns_error(s, bl)) {
		apply_returned_result(ctx->fn, s, bl->ret);
		if (report)
			hooks_return(ctx, s, bl);
		flush_carriers(ctx, s, IO_RETURN, NULL, bl->loc, report);
		return;
	}
	/* an error return drops the carrier: no I/O; and the function can
	 * fail, which its callers must test (a guard helper's summary) */
	if (report && ctx->sum)
		ctx->sum->error_returned = true;
	memset(&all, 0xff, sizeof(all));
	objs_attach(s, &all, false);
}
