/* The engine: a monotone forward analysis over the CFG of cfg.c.
 *
 * State at a point: for each access path, the set of objects (page values)
 * it may name; for each object, the set of struct tuple states it may be in;
 * and which paths hold the still-untested result of a catalog call, so that
 * a later branch on that result (if (!try_get_page(p)), if (err), if
 * (bio_add_page(...) < len)) refines the states on each edge. */
#include "dataflow.h"
#include "../checkers/checker.h"
#include "pagestate.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RESULTS 16

struct result_bind {
	int path;
	const struct event *ev;	/* the call whose result it is; NULL: errval */
	objset objs;		/* the pages that call was about */
};

struct state {
	bool live;
	objset *bind;		/* [npaths] */
	uint64_t st[MAX_OBJS];
	struct result_bind res[MAX_RESULTS];
	int nres;
};

struct check_ctx {
	struct function *fn;
	const struct catalog *cat;
	struct results *out;
	size_t first_finding;
	struct fn_summary *sum;
	struct call_log *calls;
};

/* ---- state helpers ---- */

static void state_init(struct state *s, const struct function *fn)
{
	memset(s->st, 0, sizeof(s->st));
	s->bind = xcalloc((size_t)fn->npaths, sizeof(objset));
	s->nres = 0;
	s->live = false;
}

static void state_copy(struct state *d, const struct state *s, int npaths)
{
	d->live = s->live;
	memcpy(d->bind, s->bind, (size_t)npaths * sizeof(objset));
	memcpy(d->st, s->st, sizeof(s->st));
	memcpy(d->res, s->res, sizeof(s->res));
	d->nres = s->nres;
}

/* Join src into dst; true when dst changed. */
static bool state_join(struct state *d, const struct state *s, int npaths)
{
	bool changed = false;
	int keep = 0;

	if (!s->live)
		return false;
	if (!d->live) {
		state_copy(d, s, npaths);
		return true;
	}
	for (int p = 0; p < npaths; p++)
		for (int w = 0; w < MAX_OBJS / 64; w++) {
			uint64_t v = d->bind[p].w[w] | s->bind[p].w[w];
			changed |= v != d->bind[p].w[w];
			d->bind[p].w[w] = v;
		}
	for (int o = 0; o < MAX_OBJS; o++) {
		uint64_t v = d->st[o] | s->st[o];
		changed |= v != d->st[o];
		d->st[o] = v;
	}
	/* a result is only known where every incoming path knows it */
	for (int i = 0; i < d->nres; i++) {
		bool found = false;
		for (int j = 0; j < s->nres && !found; j++)
			found = s->res[j].path == d->res[i].path && s->res[j].ev == d->res[i].ev;
		if (found)
			d->res[keep++] = d->res[i];
	}
	changed |= keep != d->nres;
	d->nres = keep;
	return changed;
}

typedef struct tuple (*tuple_fn)(struct tuple t, const void *arg);

static uint64_t map_states(uint64_t set, tuple_fn f, const void *arg)
{
	uint64_t out = 0;

	for (unsigned i = 0; i < NTUPLES; i++)
		if ((set >> i) & 1)
			out |= tuple_bit(f(tuple_at(i), arg));
	return out;
}

static void map_objs(struct state *s, const objset *objs, tuple_fn f, const void *arg)
{
	for (int o = 0; o < MAX_OBJS; o++)
		if (objset_has(objs, o))
			s->st[o] = map_states(s->st[o], f, arg);
}

static void drop_result(struct state *s, int path)
{
	int keep = 0;

	for (int i = 0; i < s->nres; i++)
		if (s->res[i].path != path)
			s->res[keep++] = s->res[i];
	s->nres = keep;
}

static void add_result(struct state *s, int path, const struct event *ev, objset objs)
{
	drop_result(s, path);
	if (s->nres == MAX_RESULTS)
		memmove(s->res, s->res + 1, sizeof(s->res[0]) * --s->nres);
	s->res[s->nres++] = (struct result_bind){path, ev, objs};
}

/* ---- transfer functions on tuples ---- */

static struct tuple t_acquire(struct tuple t, const void *arg)
{
	const struct api *api = arg;

	if (tuple_no_ref(t))
		t.guard = GUARD_NONE;	/* any earlier guard had already lapsed */
	t.ref = REF_HELD;
	if (api->implicit_guard)
		t.guard = GUARD_OK;
	return t;
}

static struct tuple t_release(struct tuple t, const void *arg)
{
	(void)arg;
	t.ref = REF_NONE;
	if (!t.locked)
		t.guard = GUARD_NONE;
	return t;
}

static struct tuple t_lock(struct tuple t, const void *arg)
{
	(void)arg;
	t.locked = true;
	return t;
}

static struct tuple t_unlock(struct tuple t, const void *arg)
{
	(void)arg;
	t.locked = false;
	if (t.ref == REF_NONE)
		t.guard = GUARD_NONE;
	return t;
}

static struct tuple t_guard(struct tuple t, const void *arg)
{
	/* without a reference the guarantee lapses at once */
	t.guard = tuple_no_ref(t) ? GUARD_NONE : *(const enum guard_state *)arg;
	return t;
}

static struct tuple t_guard_outcome(struct tuple t, const void *arg)
{
	if (t.guard == GUARD_PENDING || t.guard == GUARD_UNCHECKED)
		t.guard = *(const bool *)arg ? GUARD_OK : GUARD_FAILED;
	return t;
}

/* t_attach's argument: put into a carrier, or out of it */
static const bool attached = true, detached = false;

static struct tuple t_attach(struct tuple t, const void *arg)
{
	t.attached = *(const bool *)arg;
	return t;
}

/* ---- reporting ---- */

const struct object *check_object(struct check_ctx *ctx, int obj)
{
	return &ctx->fn->objs[obj];
}

struct loc io_warning_loc(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];

	if ((io->kind == IO_SUBMIT || io->kind == IO_RETURN) && o->has_attach)
		return o->attach;
	return io->loc;
}

const char *io_api(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];

	if ((io->kind == IO_SUBMIT || io->kind == IO_RETURN) && o->has_attach)
		return o->attach_api;
	return io->ev ? io->ev->callee : "?";
}

const char *guard_for(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];

	if (o->guard_api)
		return o->guard_api;
	if (strstr(io_api(ctx, io), "folio") || (o->site_api && strstr(o->site_api, "folio")))
		return "arch_make_folio_accessible";
	return "arch_make_page_accessible";
}

/* A call that does what it does by its computed summary: show where. */
static void note_summary(struct check_ctx *ctx, struct finding *f, const char *name)
{
	/* down the chain of summarized helpers, to the catalog call inside */
	for (int depth = 0; name && depth < 4; depth++) {
		const struct api *a = catalog_find(ctx->cat, name);
		char buf[256];

		if (!a || !a->summary)
			return;
		if (a->page == PAGE_RETURN)
			snprintf(buf, sizeof(buf), "%s() returns a page with a new reference on "
				 "every normal return (its summary)", a->name);
		else if (a->page_array)
			snprintf(buf, sizeof(buf), "%s() fills its argument %d with pages it takes "
				 "new references on (its summary)", a->name, a->page + 1);
		else if (a->cls == API_SINK && a->sink == SINK_DIRECT)
			snprintf(buf, sizeof(buf), "%s() starts I/O on its argument %d (its "
				 "summary)", a->name, a->page + 1);
		else if (a->cls == API_SINK)
			snprintf(buf, sizeof(buf), "%s() puts its argument %d into a carrier (its "
				 "summary)", a->name, a->page + 1);
		else
			snprintf(buf, sizeof(buf), "%s() takes a reference on its argument %d on "
				 "every normal return%s (its summary)", a->name, a->page + 1,
				 a->returns_arg ? " and hands it back" : "");
		finding_add_note(f, a->def_file ? a->def_file : ctx->fn->file, (unsigned)a->line, 1,
				 buf);
		/* a recursive helper is its own inner call: once is enough */
		if (!a->inner_api || !a->inner_line || !strcmp(a->inner_api, a->name))
			return;
		snprintf(buf, sizeof(buf), "in %s(): %s %s()", a->name,
			 a->cls == API_SINK && a->sink == SINK_DIRECT ? "I/O started by" :
			 a->cls == API_SINK ? "put into a carrier by" :
			 a->page == PAGE_RETURN ? "the page comes from" :
			 a->page_array ? "the pages come from" : "new reference taken by",
			 a->inner_api);
		finding_add_note(f, a->def_file ? a->def_file : ctx->fn->file, a->inner_line,
				 a->inner_col, buf);
		name = a->inner_api;
	}
}

static void trace(struct check_ctx *ctx, struct finding *f, const struct object *o,
		  const struct io_site *io, struct loc where)
{
	char buf[512], origin[64];
	const char *file = ctx->fn->file;

	origin_describe(o->origin, origin, sizeof(origin));
	if (o->kind == OBJ_CALL)
		snprintf(buf, sizeof(buf), "'%s' comes from %s() (%s pages)%s", o->name,
			 o->site_api, origin,
			 o->acquired_here ? ", which takes a new reference" : "");
	else if (o->origin_from_field)
		snprintf(buf, sizeof(buf), "'%s' may hold %s pages (catalog field)",
			 o->name, origin);
	else if (o->field)
		snprintf(buf, sizeof(buf), "'%s' is read from '%s': its origin is what the "
			 "analyzed files store there", o->name, o->field);
	else if (o->unknown_call)
		snprintf(buf, sizeof(buf), "'%s' comes from %s(), which nothing analyzed "
			 "describes: unknown origin", o->name, o->unknown_call);
	else
		snprintf(buf, sizeof(buf), "'%s' has unknown origin (parameter or "
			 "caller-provided page)", o->name);
	if (o->kind == OBJ_CALL)
		finding_add_note(f, file, o->site.line, o->site.col, buf);
	else if (o->has_acq)
		finding_add_note(f, file, o->acq.line, o->acq.col, buf);
	else
		finding_add_note(f, file, ctx->fn->loc.line, ctx->fn->loc.col, buf);
	if (o->kind == OBJ_CALL)
		note_summary(ctx, f, o->site_api);
	if (o->has_acq) {
		snprintf(buf, sizeof(buf), "%s taken by %s()",
			 strstr(o->acq_api, "lock") ? "page lock" : "new reference", o->acq_api);
		finding_add_note(f, file, o->acq.line, o->acq.col, buf);
		note_summary(ctx, f, o->acq_api);
	}
	if (o->has_attach)
		note_summary(ctx, f, o->attach_api);
	if (o->has_guard && strcmp(f->rule, "missing-accessible")) {
		snprintf(buf, sizeof(buf), "%s() called here", o->guard_api);
		finding_add_note(f, file, o->guard.line, o->guard.col, buf);
	}
	if (!io)
		return;
	if (io->kind == IO_SUBMIT)
		snprintf(buf, sizeof(buf), "I/O starts here: %s() submits the carrier",
			 io->ev->callee);
	else if (io->kind == IO_RETURN)
		snprintf(buf, sizeof(buf), "returns with the page attached to a live "
			 "carrier: I/O starts in a caller");
	else
		snprintf(buf, sizeof(buf), "I/O starts here: %s()", io->ev->callee);
	if (io->kind == IO_SUBMIT || io->kind == IO_RETURN || io->loc.line != where.line ||
	    io->loc.col != where.col)
		finding_add_note(f, file, io->loc.line, io->loc.col, buf);
	else
		finding_add_note(f, file, where.line, where.col, buf);
	/* a helper that starts the I/O itself: where, inside it */
	if (io->kind == IO_DIRECT && io->ev && io->ev->api && io->ev->api->summary)
		note_summary(ctx, f, io->ev->callee);
}

void check_report(struct check_ctx *ctx, const char *rule, int obj,
		  struct loc where, const struct io_site *io, const char *fmt, ...)
{
	struct object *o = &ctx->fn->objs[obj];
	struct strbuf msg = {0};
	struct finding *f;
	va_list ap;

	if (!(o->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
		return;	/* kernel-private or pinned: never secure here */
	for (size_t i = ctx->first_finding; i < ctx->out->nf; i++) {
		f = &ctx->out->f[i];
		if (!strcmp(f->rule, rule) && f->line == where.line && f->col == where.col &&
		    !strcmp(f->expr, o->name))
			return;
	}
	va_start(ap, fmt);
	sb_vaddf(&msg, fmt, ap);
	va_end(ap);
	f = results_add_finding(ctx->out);
	f->rule = rule;
	f->definite = (o->origin & ORIGIN_MAY_BE_SECURE) != 0;
	f->file = xstrdup(ctx->fn->file);
	f->function = xstrdup(ctx->fn->name);
	f->expr = xstrdup(o->name);
	f->line = where.line;
	f->col = where.col;
	f->message = sb_detach(&msg);
	f->field = o->field ? xstrdup(o->field) : NULL;
	o->io_bad = true;
	trace(ctx, f, o, io, where);
	finding_fingerprint(f);
}

/* ---- events ---- */

static int elements_path(struct function *fn, int p)
{
	size_t len;

	if (p < 0)
		return p;
	len = strlen(fn->paths[p].name);
	if (len >= 2 && !strcmp(fn->paths[p].name + len - 2, "[]"))
		return p;
	for (int i = 0; i < fn->npaths; i++)
		if (!strncmp(fn->paths[i].name, fn->paths[p].name, len) &&
		    !strcmp(fn->paths[i].name + len, "[]"))
			return i;
	return -1;
}

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

/* The first reference or lock on each page, for the trace. */
static void note_acquire(struct function *fn, const objset *objs, const struct event *ev)
{
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(objs, o))
			note_once(&fn->objs[o].has_acq, &fn->objs[o].acq,
				  &fn->objs[o].acq_api, ev);
}

static int param_of(const struct function *fn, int obj);

static bool guard_missing(struct tuple t)
{
	return t.guard == GUARD_NONE;
}

static void io_check(struct check_ctx *ctx, enum io_kind kind, int obj, uint64_t states,
		     const struct event *ev, struct loc loc)
{
	struct io_site io = {kind, obj, states, ev, loc};

	ctx->fn->objs[obj].io_reached = true;
	if (ctx->sum && (kind == IO_DIRECT || kind == IO_SUBMIT) && ev &&
	    states_any(states, guard_missing)) {
		int k = param_of(ctx->fn, obj);
		if (k >= 0 && !ctx->sum->direct) {
			ctx->sum->direct_api = kind == IO_SUBMIT && ctx->fn->objs[obj].has_attach ?
					       ctx->fn->objs[obj].attach_api : ev->callee;
			ctx->sum->direct_at = loc;
		}
		if (k >= 0)
			ctx->sum->direct |= 1u << k;
	}
	for (int i = 0; i < ncheckers; i++)
		if (checkers[i]->on_io)
			checkers[i]->on_io(ctx, &io);
}

static uint64_t attached_states(uint64_t set)
{
	uint64_t out = 0;

	for (unsigned i = 0; i < NTUPLES; i++)
		if (((set >> i) & 1) && tuple_at(i).attached)
			out |= 1ULL << i;
	return out;
}

/* Every page sitting in a carrier starts I/O (submit) or is checked as
 * handed to the caller (return). */
static void flush_carriers(struct check_ctx *ctx, struct state *s, enum io_kind kind,
			   const struct event *ev, struct loc loc, bool report)
{
	for (int o = 0; o < ctx->fn->nobjs; o++) {
		uint64_t att = attached_states(s->st[o]);
		if (!att)
			continue;
		if (report)
			io_check(ctx, kind, o, att, ev, loc);
		s->st[o] = map_states(s->st[o], t_attach, &detached);
	}
}

/* path names exactly obj from now on (nothing, when obj is -1) */
static void bind_new(struct state *s, int path, int obj)
{
	if (path < 0)
		return;
	memset(&s->bind[path], 0, sizeof(objset));
	if (obj >= 0)
		objset_add(&s->bind[path], obj);
}

/* A page handed back by a call nobody summarized: the caller's to trust. */
static void unknown_result(struct state *s, const struct event *ev)
{
	if (ev->obj < 0)
		return;
	bind_new(s, ev->dest, ev->obj);
	s->st[ev->obj] = tuple_bit((struct tuple){REF_CALLER, false, GUARD_NONE, false});
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
	if (ev->late && api->page != PAGE_RETURN) {
		/* a summarized helper: what it hands back is its argument, or
		 * a page it does not produce */
		if (api->returns_arg && ev->dest >= 0 && api->value_arg < ev->nargs &&
		    ev->args[api->value_arg] >= 0)
			s->bind[ev->dest] = s->bind[ev->args[api->value_arg]];
		else
			unknown_result(s, ev);
	}
	/* a summarized helper filling the caller's array produces its pages */
	int produced = ev->late && api->page_array ? ev->out_obj : ev->obj;

	if (produced >= 0 && (!ev->late || api->page == PAGE_RETURN || api->page_array)) {
		/* the call produces the page: origin and reference come with it */
		struct object *o = &fn->objs[produced];
		struct tuple t = {api->noref ? REF_NONE : REF_HELD, false,
				  api->implicit_guard ? GUARD_OK : GUARD_NONE, false};
		s->st[produced] = tuple_bit(t);
		o->acquired_here = api->cls == API_ACQUIRE;
		memset(&objs, 0, sizeof(objs));
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
		break;
	case API_ACQUIRE:
		map_objs(s, &objs, t_acquire, api);
		note_acquire(fn, &objs, ev);
		break;
	case API_RELEASE:
		map_objs(s, &objs, t_release, NULL);
		break;
	case API_LOCK:
		map_objs(s, &objs, t_lock, NULL);
		note_acquire(fn, &objs, ev);
		break;
	case API_UNLOCK:
		map_objs(s, &objs, t_unlock, NULL);
		break;
	case API_GUARD: {
		enum guard_state g = ev->dest >= 0 ? GUARD_PENDING : GUARD_UNCHECKED;
		for (int o = 0; o < fn->nobjs; o++) {
			if (!objset_has(&objs, o))
				continue;
			note_once(&fn->objs[o].has_guard, &fn->objs[o].guard,
				  &fn->objs[o].guard_api, ev);
			if (report) {
				struct guard_site gs = {o, s->st[o], ev};
				for (int i = 0; i < ncheckers; i++)
					if (checkers[i]->on_guard)
						checkers[i]->on_guard(ctx, &gs);
			}
		}
		map_objs(s, &objs, t_guard, &g);
		if (ev->dest >= 0)
			add_result(s, ev->dest, ev, objs);
		break;
	}
	case API_SINK:
		if (api->sink == SINK_SUBMIT) {
			flush_carriers(ctx, s, IO_SUBMIT, ev, ev->loc, report);
			break;
		}
		for (int o = 0; o < fn->nobjs; o++) {
			if (!objset_has(&objs, o) || !s->st[o])
				continue;
			if (report)
				io_check(ctx, api->sink == SINK_ATTACH ? IO_ATTACH : IO_DIRECT,
					 o, s->st[o], ev, ev->loc);
			if (api->sink == SINK_ATTACH)
				note_once(&fn->objs[o].has_attach, &fn->objs[o].attach,
					  &fn->objs[o].attach_api, ev);
		}
		if (api->sink == SINK_ATTACH) {
			map_objs(s, &objs, t_attach, &attached);
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

/* x->field = page: what a page read from that field elsewhere may be. A
 * page read from another field is recorded as a copy of that field. */
static void record_store(struct check_ctx *ctx, const struct state *s, int d,
			 const struct event *ev)
{
	struct function *fn = ctx->fn;
	const struct path *p = &fn->paths[d];
	unsigned origin = 0;
	char *key;

	if (!p->strct || !p->field || p->temp)
		return;
	key = catalog_field_key(ctx->cat, p->strct, p->field, fn->file);
	for (int o = 0; o < fn->nobjs; o++) {
		int k;
		if (!objset_has(&s->bind[d], o))
			continue;
		if (fn->objs[o].field)
			add_store(ctx, key, 0, fn->objs[o].field, 0, ev);
		else if ((k = param_of(fn, o)) >= 0)	/* as its callers say */
			add_store(ctx, key, fn->objs[o].origin, NULL, k + 1, ev);
		else
			origin |= fn->objs[o].origin;
	}
	if (origin)	/* else NULL, or not a page */
		add_store(ctx, key, origin, NULL, 0, ev);
	free(key);
}

static void assign_event(struct check_ctx *ctx, struct state *s, const struct event *ev,
			 bool report)
{
	struct function *fn = ctx->fn;
	int d = ev->dest;

	drop_result(s, d);
	if (ev->src >= 0) {
		s->bind[d] = s->bind[ev->src];
		for (int i = 0; i < s->nres; i++)
			if (s->res[i].path == ev->src) {
				add_result(s, d, s->res[i].ev, s->res[i].objs);
				break;
			}
		/* a produced page is known by the first variable it lands in */
		for (int o = 0; o < fn->nobjs && !fn->paths[d].temp; o++)
			if (objset_has(&s->bind[d], o) && fn->objs[o].kind != OBJ_ROOT &&
			    strchr(fn->objs[o].name, '(')) {
				free(fn->objs[o].name);
				fn->objs[o].name = xstrdup(fn->paths[d].name);
			}
	} else if (ev->obj >= 0) {
		struct tuple t = {REF_CALLER, false, GUARD_NONE, false};
		bind_new(s, d, ev->obj);
		s->st[ev->obj] = tuple_bit(t);
	} else {
		bind_new(s, d, -1);
	}
	if (ev->negative_const) {
		objset none = {{0}};
		add_result(s, d, NULL, none);
	}
	if (report && ev->src != d)
		record_store(ctx, s, d, ev);
	/* buf = next: buf->page names another page now */
	if (fn->paths[d].temp || ev->src == d)
		return;
	for (int p = 0; p < fn->npaths; p++)
		if (!fn->paths[p].temp && is_subpath(fn->paths[p].name, fn->paths[d].name))
			bind_new(s, p, fn->paths[p].root);
}

/* ---- branches ---- */

static enum outcome negate(enum outcome o)
{
	static const enum outcome neg[] = {
		[OUT_UNKNOWN] = OUT_UNKNOWN, [OUT_TRUTHY] = OUT_FALSY,
		[OUT_FALSY] = OUT_TRUTHY, [OUT_NEG] = OUT_NONNEG,
		[OUT_NONNEG] = OUT_NEG, [OUT_SHORT] = OUT_FULL,
		[OUT_FULL] = OUT_SHORT, [OUT_ERR] = OUT_NOERR, [OUT_NOERR] = OUT_ERR,
	};
	return neg[o];
}

/* On this edge the pages of objs are proven never secure (a successful
 * pipe_buf_try_steal(), a folio that is not uptodate): every path naming
 * one of them names proof instead, in the states they were in. */
static void prove_not_secure(struct function *fn, struct state *s, const objset *objs,
			     int proof)
{
	uint64_t st = 0;

	if (proof < 0)
		return;
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(objs, o) && o != proof) {
			st |= s->st[o];
			s->st[o] = 0;
		}
	if (!st)
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
	s->st[proof] |= st;
}

/* 1: the call did what it does, 0: it did nothing, -1: cannot tell. */
static int succeeded(enum result_kind kind, enum outcome o)
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

static void apply_edge(struct function *fn, struct state *s, int cond, enum outcome o)
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
		ok = succeeded(api->result, o);
		if (ok < 0)
			continue;
		if (api->cls == API_GUARD) {
			bool b = ok;
			map_objs(s, &r->objs, t_guard_outcome, &b);
		} else if (api->cls == API_NOT_SECURE) {
			if (ok == api->proves_on_true)
				prove_not_secure(fn, s, &r->objs, r->ev->obj);
		} else if (r->ev->obj >= 0) {
			if (!ok)	/* nothing was produced on this edge */
				s->st[r->ev->obj] = 0;
		} else if (api->cls == API_ACQUIRE && ok) {
			map_objs(s, &r->objs, t_acquire, api);
			note_acquire(fn, &r->objs, r->ev);
		} else if (api->cls == API_LOCK && ok) {
			map_objs(s, &r->objs, t_lock, NULL);
		} else if (api->cls == API_SINK && !ok) {
			map_objs(s, &r->objs, t_attach, &detached);
		}
	}
	/* if (!page): no page on this edge */
	if (o == OUT_FALSY || o == OUT_ERR) {
		int single = objset_single(&s->bind[cond]);
		if (single >= 0)
			s->st[single] = 0;
	}
}

/* ---- driver ---- */

static bool returns_error(const struct state *s, const struct block *bl)
{
	if (bl->ret_error)
		return true;
	for (int i = 0; i < s->nres; i++)
		if (s->res[i].path == bl->ret && !s->res[i].ev)
			return true;
	return false;
}

static bool not_held(struct tuple t)
{
	return t.ref != REF_HELD;
}

static bool not_guarded(struct tuple t)
{
	return t.guard != GUARD_OK;
}

static bool is_attached(struct tuple t)
{
	return t.attached;
}

static bool all_guarded(const struct state *s, const objset *set, const struct function *fn)
{
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(set, o) && (!s->st[o] || states_any(s->st[o], not_guarded)))
			return false;
	return true;
}

/* Every page in set is one with a reference taken here. */
static bool all_held(const struct state *s, const objset *set, const struct function *fn,
		     bool need_new, unsigned *origin)
{
	bool any = false;

	for (int o = 0; o < fn->nobjs; o++) {
		if (!objset_has(set, o))
			continue;
		if (!s->st[o] || states_any(s->st[o], not_held) ||
		    (need_new && fn->objs[o].kind == OBJ_ROOT))
			return false;
		if (origin)
			*origin |= fn->objs[o].origin;
		any = true;
	}
	return any;
}

/* The caller's reference (or one taken here) is still there, or a lock. */
static bool holds_something(struct tuple t)
{
	return !tuple_no_ref(t);
}

/* Parameter k is an array of pages (pages[] of struct page **pages)
 * whose elements all hold new references here. */
static void filled_array(const struct state *s, const struct function *fn, int k,
			 unsigned *filled, unsigned *origin, int *obj)
{
	int elems = -1;

	for (int p = 0; p < fn->npaths && elems < 0; p++)
		if (!fn->paths[p].temp && fn->paths[p].root == fn->param_obj[k])
			elems = elements_path((struct function *)fn, p);
	if (elems < 0 || elems >= fn->npaths || fn->paths[elems].root == fn->param_obj[k] ||
	    !all_held(s, &s->bind[elems], fn, true, origin))
		return;
	*filled |= 1u << k;
	if (*obj < 0)
		*obj = objset_single(&s->bind[elems]);
}

static void summarize_return(struct check_ctx *ctx, const struct state *s,
			     const struct block *bl)
{
	struct function *fn = ctx->fn;
	struct fn_summary *sum = ctx->sum;
	unsigned held = 0, guarded = 0, attached = 0, released = 0, origin = 0;
	unsigned filled = 0, filled_origin = 0;
	int value = -1, filled_obj = -1;

	if (!s->live)
		return;
	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		objset one = {{0}};
		int o = fn->param_obj[k];
		if (o < 0)
			continue;
		objset_add(&one, o);
		if (all_held(s, &one, fn, false, NULL))
			held |= 1u << k;
		if (all_guarded(s, &one, fn))
			guarded |= 1u << k;
		if (states_any(s->st[o], is_attached))
			attached |= 1u << k;
		/* a get_page()/put_page() pair inside drops nothing of the
		 * caller's: only a function that takes no reference releases */
		if (s->st[o] && !states_any(s->st[o], holds_something) && !fn->objs[o].has_acq)
			released |= 1u << k;
		if (bl->ret >= 0 && objset_single(&s->bind[bl->ret]) == o)
			value = k;
		filled_array(s, fn, k, &filled, &filled_origin, &filled_obj);
	}
	/* "return NULL" hands back no page: it says nothing either way */
	if (bl->ret >= 0 && !objset_empty(&s->bind[bl->ret])) {
		bool new_ref = value < 0 && all_held(s, &s->bind[bl->ret], fn, true, &origin);
		bool ret_guarded = new_ref && all_guarded(s, &s->bind[bl->ret], fn);
		if (!sum->returns_page) {
			sum->returns_page = true;
			for (int o = 0; o < fn->nobjs; o++)
				if (objset_has(&s->bind[bl->ret], o)) {
					sum->ret_obj = o;
					break;
				}
			sum->returns_new_ref = new_ref;
			sum->ret_guarded = ret_guarded;
		}
		sum->returns_new_ref &= new_ref;
		sum->ret_guarded &= ret_guarded;
		sum->ret_origin |= origin;
	}
	if (!sum->returned) {
		sum->returned = true;
		sum->held = held;
		sum->guarded = guarded;
		sum->attached = attached;
		sum->released = released;
		sum->filled = filled;
		sum->filled_origin = filled_origin;
		sum->filled_obj = filled_obj;
		sum->value_param = value;
		return;
	}
	sum->held &= held;
	sum->released &= released;
	sum->filled &= filled;
	sum->filled_origin |= filled_origin;
	sum->guarded &= guarded;
	sum->attached |= attached;	/* may: a missing guard on some path */
	if (sum->value_param != value)
		sum->value_param = -2;
}

static int param_of(const struct function *fn, int obj)
{
	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++)
		if (fn->param_obj[k] == obj)
			return k;
	return -1;
}

/* What the pages handed to a call are, as its callee will see them (a
 * catalog API defined in the tree too, such as kernel_sendpage(), passes
 * them on to its own callees). */
static void log_call(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	const struct function *fn = ctx->fn;

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

static void transfer(struct check_ctx *ctx, struct state *s, const struct block *bl,
		     bool report)
{
	objset all;

	for (int i = 0; i < bl->nev; i++) {
		const struct event *ev = &bl->ev[i];
		if (report && ctx->calls && ev->kind == EV_CALL)
			log_call(ctx, s, ev);
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
		if (report && ctx->sum)
			summarize_return(ctx, s, bl);
		flush_carriers(ctx, s, IO_RETURN, NULL, bl->loc, report);
		return;
	}
	/* an error return drops the carrier: no I/O */
	memset(&all, 0xff, sizeof(all));
	map_objs(s, &all, t_attach, &detached);
}

static const char *verdict(const struct object *o)
{
	if (!(o->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
		return o->origin & ORIGIN_PINNED ? "guarded" :
		       o->origin & ORIGIN_NOT_SECURE ? "not-secure" : "kernel-private";
	if (o->io_bad)
		return "missing";
	if (o->io_reached)
		return "guarded";
	return "no-io";
}

static void record_sites(struct check_ctx *ctx)
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

void dataflow_analyze(struct function *fn, const struct catalog *cat,
		      struct results *out, struct fn_summary *sum, struct call_log *calls)
{
	struct check_ctx ctx = {fn, cat, out, out->nf, sum, calls};
	int n = (function_bind(fn, cat), fn->nblocks), *work = xmalloc(sizeof(int) * (size_t)(n + 1));
	bool *queued = xcalloc((size_t)n, sizeof(bool));
	struct state *in = xcalloc((size_t)n, sizeof(*in)), cur, edge;
	int head = 0, tail = 0, count = 0;
	long budget = 200000;

	for (int i = 0; i < n; i++)
		state_init(&in[i], fn);
	state_init(&cur, fn);
	state_init(&edge, fn);
	in[0].live = true;
	for (int p = 0; p < fn->npaths; p++)
		if (fn->paths[p].root >= 0)
			objset_add(&in[0].bind[p], fn->paths[p].root);
	for (int o = 0; o < fn->nobjs; o++)
		if (fn->objs[o].kind == OBJ_ROOT)
			in[0].st[o] = tuple_bit((struct tuple){REF_CALLER, false,
							       GUARD_NONE, false});
	work[tail] = 0, tail = (tail + 1) % (n + 1), count = 1;
	queued[0] = true;
	while (count && budget-- > 0) {
		int b = work[head];
		const struct block *bl = &fn->blocks[b];

		head = (head + 1) % (n + 1), count--;
		queued[b] = false;
		state_copy(&cur, &in[b], fn->npaths);
		transfer(&ctx, &cur, bl, false);
		for (int k = 0; k < bl->nsucc; k++) {
			int succ = bl->succ[k];
			state_copy(&edge, &cur, fn->npaths);
			if (bl->term == TERM_BRANCH)
				apply_edge(fn, &edge, bl->cond,
					   k == 0 ? bl->on_true : negate(bl->on_true));
			if (state_join(&in[succ], &edge, fn->npaths) && !queued[succ]) {
				queued[succ] = true;
				work[tail] = succ, tail = (tail + 1) % (n + 1), count++;
			}
		}
	}
	/* the checkers look at the fixpoint, once per block */
	for (int b = 0; b < n; b++) {
		if (!in[b].live)
			continue;
		state_copy(&cur, &in[b], fn->npaths);
		transfer(&ctx, &cur, &fn->blocks[b], true);
	}
	record_sites(&ctx);
	for (int i = 0; i < n; i++)
		free(in[i].bind);
	free(in);
	free(cur.bind);
	free(edge.bind);
	free(work);
	free(queued);
}
