#include "summaries.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* A sink summary's carrier is read by the CPU only when fn is one of the
 * catalog's cpu_carriers or its own sink is such a summary (fscrypt's
 * helpers down to fscrypt_crypt_block()'s skcipher request). */
static const struct cpu_carrier *cpu_only(const struct api *a, const struct function *fn,
					  const struct catalog *base, const struct catalog *used)
{
	const struct cpu_carrier *c = catalog_cpu_carrier(base, fn->name);
	const struct api *inner = a->inner_api ? catalog_find(used, a->inner_api) : NULL;

	if (a->cls != API_SINK)
		return NULL;
	return c ? c : inner ? inner->cpu : NULL;
}

/* A function that makes its page (or its array's pages) accessible and
 * tells its callers whether it did. A failure code returned elsewhere
 * is a failure of the guard only when the guard's result is one too. */
static bool guard_helper(const struct fn_summary *fs)
{
	if (!fs->guards || fs->guard_result_mixed)
		return false;
	return !fs->error_returned || fs->guard_result == RESULT_NONE ||
	       fs->guard_result == RESULT_ERRNO;
}

/* The call inside that makes it so, for the callers' traces. */
static void note_inner_call(struct api *a, const struct function *fn, const struct fn_summary *fs)
{
	const struct object *o = NULL;
	const char *api = NULL;
	struct loc at = {0, 0};

	if (a->cls == API_GUARD) {
		if (fs->guard_obj >= 0 && fs->guard_obj < fn->nobjs &&
		    fn->objs[fs->guard_obj].has_guard) {
			api = fn->objs[fs->guard_obj].guard_api;
			at = fn->objs[fs->guard_obj].guard;
		}
	} else if (a->page_array) {
		if (fs->filled_obj >= 0 && fs->filled_obj < fn->nobjs &&
		    fn->objs[fs->filled_obj].kind == OBJ_CALL) {
			api = fn->objs[fs->filled_obj].site_api;
			at = fn->objs[fs->filled_obj].site;
		}
	} else if (a->cls == API_RELEASE) {
		/* the trace needs no inner call: "drops the reference" */
	} else if (a->cls == API_SINK && a->sink == SINK_DIRECT) {
		api = fs->direct_api;
		at = fs->direct_at;
	} else if (a->cls == API_SINK && fn->param_obj[a->page] >= 0) {
		o = &fn->objs[fn->param_obj[a->page]];
		api = o->has_attach ? o->attach_api : NULL;
		at = o->attach;
	} else if (a->page >= 0 && fn->param_obj[a->page] >= 0) {
		o = &fn->objs[fn->param_obj[a->page]];
		api = o->has_acq ? o->acq_api : NULL;
		at = o->acq;
	} else if (a->page == PAGE_RETURN && fs->ret_obj >= 0 && fs->ret_obj < fn->nobjs) {
		o = &fn->objs[fs->ret_obj];
		api = o->kind == OBJ_CALL ? o->site_api : o->has_acq ? o->acq_api : NULL;
		at = o->kind == OBJ_CALL ? o->site : o->acq;
	}
	if (api) {
		a->inner_api = xstrdup(api);
		a->inner_line = at.line;
		a->inner_col = at.col;
	}
}

void summary_add(struct summary_set *s, const struct function *fn,
		 const struct fn_summary *fs, const struct catalog *base,
		 const struct catalog *used)
{
	struct api a = {.page = PAGE_NONE, .carrier = -1};
	int k;

	if (!fs->returned || catalog_find(base, fn->name))
		return;
	if (fs->held) {
		k = __builtin_ctz(fs->held);
		a.cls = API_ACQUIRE;
		a.page = k;
		a.returns_arg = fs->value_param == k;
		a.value_arg = k;
		a.implicit_guard = (fs->guarded >> k) & 1;
	} else if (fs->filled) {
		k = __builtin_ctz(fs->filled);
		a.cls = API_ACQUIRE;
		a.page = k;
		a.page_array = true;
		a.origin = fs->filled_origin;
		a.result = RESULT_COUNT;
	} else if (fs->attached) {
		/* the carrier argument is not modeled: carriers are not told apart */
		k = __builtin_ctz(fs->attached);
		a.cls = API_SINK;
		a.sink = SINK_ATTACH;
		a.page = k;
		a.carrier = k ? 0 : 1;
	} else if (fs->direct) {
		k = __builtin_ctz(fs->direct);
		a.cls = API_SINK;
		a.sink = SINK_DIRECT;
		a.page = k;
	} else if (guard_helper(fs)) {
		k = __builtin_ctz(fs->guards);
		a.cls = API_GUARD;
		a.page = k;
		a.page_array = (fs->guards_elems >> k) & 1;
		/* no result handed back: a failure code, or it cannot fail */
		a.result = fs->guard_result != RESULT_NONE ? fs->guard_result :
			   fs->error_returned ? RESULT_ERRNO : RESULT_NONE;
		a.implicit_guard = a.result == RESULT_NONE;
	} else if (fs->released) {
		k = __builtin_ctz(fs->released);
		a.cls = API_RELEASE;
		a.page = k;
	} else if (fs->returns_page && fs->returns_new_ref) {
		a.cls = API_ACQUIRE;
		a.page = PAGE_RETURN;
		a.origin = fs->ret_origin;
		a.result = RESULT_POINTER;
		a.implicit_guard = fs->ret_guarded;
		a.has_mapping = fs->ret_mapping_seen && fs->ret_mapping_param >= 0;
		a.mapping_arg = a.has_mapping ? fs->ret_mapping_param : 0;
	} else if (fs->returns_page && fs->returns_field_page && fs->ret_field_origin &&
		   fs->ret_field_origin != ORIGIN_UNKNOWN) {
		/* an accessor (return dio->pages[dio->head];): the field's pages,
		 * no reference of its own */
		a.cls = API_ORIGIN;
		a.page = PAGE_RETURN;
		a.origin = fs->ret_field_origin;
		a.noref = true;
		a.result = RESULT_POINTER;
		if (fs->ret_obj >= 0 && fs->ret_obj < fn->nobjs && fn->objs[fs->ret_obj].field)
			a.from_field = xstrdup(fn->objs[fs->ret_obj].field);
	} else {
		return;
	}
	note_inner_call(&a, fn, fs);
	a.cpu = cpu_only(&a, fn, base, used);
	a.name = xstrdup(fn->name);
	a.line = (int)fn->loc.line;	/* where the summarized function is */
	a.def_file = xstrdup(fn->file);
	a.summary = true;
	GROW(s->v, s->n, s->cap);
	s->v[s->n++] = a;
}

static bool same_effect(const struct api *a, const struct api *b)
{
	return a->cls == b->cls && a->page == b->page && a->origin == b->origin &&
	       a->page_array == b->page_array &&
	       a->sink == b->sink &&
	       a->returns_arg == b->returns_arg && a->value_arg == b->value_arg &&
	       a->implicit_guard == b->implicit_guard && a->result == b->result &&
	       a->cpu == b->cpu && a->noref == b->noref &&
	       a->has_mapping == b->has_mapping && a->mapping_arg == b->mapping_arg &&
	       !a->from_field == !b->from_field &&
	       (!a->from_field || !strcmp(a->from_field, b->from_field));
}

static bool same_api(const struct api *a, const struct api *b)
{
	return !strcmp(a->name, b->name) && same_effect(a, b);
}

static int binding_by_slot(const void *a, const void *b)
{
	const struct ops_binding *x = *(const struct ops_binding *const *)a;
	const struct ops_binding *y = *(const struct ops_binding *const *)b;

	return strcmp(x->slot, y->slot);
}

static int api_by_name(const void *a, const void *b)
{
	return strcmp((*(const struct api *const *)a)->name, (*(const struct api *const *)b)->name);
}

/* A tree has tens of thousands of bindings and summaries: both are sorted
 * once, so that a slot is one run of bindings and a function one lookup. */
void summary_add_slots(struct summary_set *out, const struct summary_set *fns,
		       const struct ops_tables *t, const struct catalog *base)
{
	const struct ops_binding **by = xcalloc(t->n + 1, sizeof(*by));
	const struct api **named = xcalloc(fns->n + 1, sizeof(*named));

	for (size_t i = 0; i < t->n; i++)
		by[i] = &t->v[i];
	for (size_t i = 0; i < fns->n; i++)
		named[i] = &fns->v[i];
	qsort(by, t->n, sizeof(*by), binding_by_slot);
	qsort(named, fns->n, sizeof(*named), api_by_name);
	for (size_t i = 0, end; i < t->n; i = end) {
		const char *slot = by[i]->slot;
		const struct api *first = NULL;
		bool same = true;

		for (end = i; end < t->n && !strcmp(by[end]->slot, slot); end++)
			;
		if (catalog_find(base, slot))
			continue;
		for (size_t j = i; j < end && same; j++) {
			struct api key = {.name = by[j]->fn};
			const struct api *kp = &key, **f;
			f = fns->n ? bsearch(&kp, named, fns->n, sizeof(*named), api_by_name) : NULL;
			same = f && (!first || same_effect(*f, first));
			if (!first && f)
				first = *f;
		}
		if (!same || !first)
			continue;
		summary_copy(out, first, slot);
	}
	free(named);
	free(by);
}

void summary_copy(struct summary_set *into, const struct api *a, const char *name)
{
	struct api c = *a;

	c.name = xstrdup(name);
	c.inner_api = a->inner_api ? xstrdup(a->inner_api) : NULL;
	c.def_file = a->def_file ? xstrdup(a->def_file) : NULL;
	c.from_field = a->from_field ? xstrdup(a->from_field) : NULL;
	GROW(into->v, into->n, into->cap);
	into->v[into->n++] = c;
}

void summary_take(struct summary_set *into, struct summary_set *from)
{
	for (size_t i = 0; i < from->n; i++) {
		GROW(into->v, into->n, into->cap);
		into->v[into->n++] = from->v[i];
	}
	free(from->v);
	memset(from, 0, sizeof(*from));
}

bool summary_equal(const struct summary_set *a, const struct summary_set *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (!same_api(&a->v[i], &b->v[i]))
			return false;
	return true;
}

void summary_free(struct summary_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].name);
		free(s->v[i].inner_api);
		free(s->v[i].def_file);
		free(s->v[i].from_field);
	}
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct api *)a)->name, ((const struct api *)b)->name);
}

void catalog_with_summaries(const struct catalog *base, const struct summary_set *s,
			    struct catalog *out)
{
	*out = *base;
	out->napis = base->napis + s->n;
	out->capis = out->napis;
	out->apis = xmalloc((out->napis + 1) * sizeof(struct api));
	memcpy(out->apis, base->apis, base->napis * sizeof(struct api));
	if (s->n)
		memcpy(out->apis + base->napis, s->v, s->n * sizeof(struct api));
	qsort(out->apis, out->napis, sizeof(struct api), by_name);
}

void catalog_with_summaries_free(struct catalog *out)
{
	free(out->apis);
	out->apis = NULL;
}
