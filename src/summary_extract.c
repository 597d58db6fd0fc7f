/* The summary a caller needs of a function (dataflow.h's fn_summary), read
 * off the states at its normal returns and at the I/O it starts: a
 * recorder on the rules' hooks, reading their states. */
#include "engine.h"
#include "../checkers/states.h"

#include <string.h>

/* A page parameter that reaches I/O started here unguarded on some path:
 * the caller's page goes to I/O. */
static bool guard_missing(struct tuple t)
{
	return page_guard(t) == GUARD_NONE;
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	const struct event *ev = io->ev;
	int k;

	if (!ctx->sum || (io->kind != IO_DIRECT && io->kind != IO_SUBMIT) || !ev ||
	    !states_any(io->states, guard_missing))
		return;
	k = param_of(ctx->fn, io->obj);
	if (k < 0)
		return;
	if (!ctx->sum->direct) {
		ctx->sum->direct_api = io->kind == IO_SUBMIT && ctx->fn->objs[io->obj].has_attach ?
				       ctx->fn->objs[io->obj].attach_api : ev->callee;
		ctx->sum->direct_at = io->loc;
	}
	ctx->sum->direct |= 1u << k;
}

static bool not_held(struct tuple t)
{
	return page_ref(t) != REF_HELD;
}

static bool not_guarded(struct tuple t)
{
	return page_guard(t) != GUARD_OK;
}

static bool all_guarded(const struct state *s, const objset *set, const struct function *fn)
{
	for (int o = 0; o < fn->nobjs; o++)
		if (objset_has(set, o) && (stateset_empty(s->st[o]) || states_any(s->st[o], not_guarded)))
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
		if (stateset_empty(s->st[o]) || states_any(s->st[o], not_held) ||
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
	return !page_unpinned(t);
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

/* The pages a guard helper's parameter k stands for: the elements of an
 * array of pages (struct page **pages: pages[]), else the page itself. */
static objset guard_pages(const struct state *s, const struct function *fn, int k,
			  bool *elems)
{
	objset set = {{0}};

	*elems = false;
	for (int p = 0; p < fn->npaths; p++)
		if (!fn->paths[p].temp && fn->paths[p].root == fn->param_obj[k]) {
			int e = elements_path((struct function *)fn, p);
			if (e >= 0 && e != p && fn->paths[e].root != fn->param_obj[k]) {
				*elems = true;
				return s->bind[e];
			}
		}
	objset_add(&set, fn->param_obj[k]);
	return set;
}

static bool guard_unsettled(struct tuple t)
{
	return page_guard(t) == GUARD_PENDING || page_guard(t) == GUARD_UNCHECKED ||
	       page_guard(t) == GUARD_FAILED;
}

/* Is this return one of a guard helper for the pages of set: it hands
 * back the guard's result on them (return arch_make_page_accessible(p),
 * return ret after if (ret)), or they are made accessible (tested) here:
 * every one of them for a page, no one left unsettled for the elements
 * of an array (a loop over none of them guards none). *kind: what the
 * handed-back value says, RESULT_NONE for none. */
static bool guard_return(const struct state *s, const struct block *bl,
			 const struct function *fn, const objset *set, bool elems,
			 enum result_kind *kind, int *obj)
{
	bool any = false;

	*kind = RESULT_NONE;
	for (int o = 0; o < fn->nobjs && *obj < 0; o++)
		if (objset_has(set, o) && fn->objs[o].has_guard)
			*obj = o;	/* for the callers' traces */
	for (int i = 0; bl->ret >= 0 && i < s->nres; i++) {
		const struct result_bind *r = &s->res[i];
		bool about = false;
		if (r->path != bl->ret || !r->ev || !r->ev->api || r->ev->api->cls != API_GUARD)
			continue;
		for (int w = 0; w < MAX_OBJS / 64; w++)
			about |= (r->objs.w[w] & set->w[w]) != 0;
		if (!about)
			continue;
		/* ok = err == 0 handed back: true means made accessible */
		*kind = r->test == OUT_UNKNOWN ? r->ev->api->result :
			result_succeeded(r->ev->api->result, r->test) == 1 ? RESULT_BOOL :
			RESULT_NONE;
		return *kind != RESULT_NONE;
	}
	for (int o = 0; o < fn->nobjs; o++) {
		if (!objset_has(set, o))
			continue;
		if (!fn->objs[o].has_guard)
			continue;
		if (states_any(s->st[o], elems ? guard_unsettled : not_guarded))
			return false;
		any = true;
	}
	return any;
}

/* The guard helpers' parameters at this return (bits), and what the
 * returned value says. */
static unsigned guards_at(struct fn_summary *sum, const struct state *s,
			  const struct block *bl, const struct function *fn, unsigned *elems)
{
	unsigned bits = 0;

	*elems = 0;
	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++) {
		enum result_kind kind;
		bool e, ok;
		objset set;
		if (fn->param_obj[k] < 0)
			continue;
		set = guard_pages(s, fn, k, &e);
		ok = guard_return(s, bl, fn, &set, e, &kind, &sum->guard_obj);
		if (!ok && e) {
			/* page[i] read off a struct page *: the page is meant */
			memset(&set, 0, sizeof(set));
			objset_add(&set, fn->param_obj[k]);
			e = false;
			ok = guard_return(s, bl, fn, &set, e, &kind, &sum->guard_obj);
		}
		if (!ok)
			continue;
		bits |= 1u << k;
		*elems |= (unsigned)e << k;
		if (kind != RESULT_NONE && sum->guard_result != RESULT_NONE &&
		    kind != sum->guard_result)
			sum->guard_result_mixed = true;
		if (kind != RESULT_NONE)
			sum->guard_result = kind;
	}
	return bits;
}

/* The parameter whose mapping every page of set that may be secure was
 * looked up in, folded into the summary's (lower_mapping.c). */
static void mapping_of_returned(struct fn_summary *sum, const struct function *fn,
				const objset *set)
{
	for (int o = 0; o < fn->nobjs; o++) {
		if (!objset_has(set, o) || !(fn->objs[o].origin & ~ORIGIN_KERNEL))
			continue;
		if (!sum->ret_mapping_seen) {
			sum->ret_mapping_seen = true;
			sum->ret_mapping_param = fn->objs[o].mapping_param;
		} else if (sum->ret_mapping_param != fn->objs[o].mapping_param) {
			sum->ret_mapping_param = -1;
		}
	}
}

static void on_return(struct check_ctx *ctx, const struct state *s, const struct block *bl)
{
	struct function *fn = ctx->fn;
	struct fn_summary *sum = ctx->sum;
	unsigned held = 0, guarded = 0, attached = 0, released = 0, origin = 0;
	unsigned filled = 0, filled_origin = 0, guards, guards_elems;
	int value = -1, filled_obj = -1;

	if (!sum || !s->live)
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
		if (states_any(s->st[o], page_attached))
			attached |= 1u << k;
		/* a get_page()/put_page() pair inside drops nothing of the
		 * caller's: only a function that takes no reference releases */
		if (!stateset_empty(s->st[o]) && !states_any(s->st[o], holds_something) &&
		    !fn->objs[o].has_acq)
			released |= 1u << k;
		if (bl->ret >= 0 && objset_single(&s->bind[bl->ret]) == o)
			value = k;
		filled_array(s, fn, k, &filled, &filled_origin, &filled_obj);
	}
	/* "return NULL" hands back no page: it says nothing either way */
	if (bl->ret >= 0 && !objset_empty(&s->bind[bl->ret])) {
		bool new_ref = value < 0 && all_held(s, &s->bind[bl->ret], fn, true, &origin);
		bool ret_guarded = new_ref && all_guarded(s, &s->bind[bl->ret], fn);
		int single = objset_single(&s->bind[bl->ret]);
		bool from_field = value < 0 && single >= 0 && fn->objs[single].kind == OBJ_ROOT &&
				  (fn->objs[single].field || fn->objs[single].origin_from_field);
		if (!sum->returns_page)
			sum->returns_field_page = true;
		sum->returns_field_page &= from_field;
		if (from_field)
			sum->ret_field_origin |= fn->objs[single].origin;
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
		mapping_of_returned(sum, fn, &s->bind[bl->ret]);
		sum->returns_new_ref &= new_ref;
		sum->ret_guarded &= ret_guarded;
		sum->ret_origin |= origin;
	}
	if (!sum->returned)
		sum->guard_obj = -1;
	guards = guards_at(sum, s, bl, fn, &guards_elems);
	if (!sum->returned) {
		sum->returned = true;
		sum->guards = guards;
		sum->guards_elems = guards_elems;
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
	sum->guards &= guards;
	sum->guards_elems &= guards_elems;
	sum->held &= held;
	sum->released &= released;
	sum->filled &= filled;
	sum->filled_origin |= filled_origin;
	sum->guarded &= guarded;
	sum->attached |= attached;	/* may: a missing guard on some path */
	if (sum->value_param != value)
		sum->value_param = -2;
}

const struct checker summary_recorder = {
	.on_io = on_io,
	.on_return = on_return,
};
