#include "file_ir.h"
#include "util.h"

#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void file_ir_add(struct file_ir *ir, struct function *fn)
{
	GROW(ir->fns, ir->n, ir->cap);
	ir->fns[ir->n++] = fn;
}

void file_ir_free(struct file_ir *ir)
{
	for (size_t i = 0; i < ir->n; i++)
		function_free(ir->fns[i]);
	free(ir->fns);
	free(ir->file);
	ops_tables_free(&ir->tables);
	memset(ir, 0, sizeof(*ir));
}

/* ---- writing ---- */

static json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

static json_object *ints(const int *v, int n)
{
	json_object *a = json_object_new_array_ext(n);

	for (int i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_int(v[i]));
	return a;
}

static json_object *tuple(const char *fmt, ...)
{
	json_object *a = json_object_new_array();
	va_list ap;

	va_start(ap, fmt);
	for (const char *f = fmt; *f; f++) {
		if (*f == 'i')
			json_object_array_add(a, json_object_new_int(va_arg(ap, int)));
		else if (*f == 's')
			json_object_array_add(a, str_or_null(va_arg(ap, const char *)));
		else	/* 'j': a built value */
			json_object_array_add(a, va_arg(ap, json_object *));
	}
	va_end(ap);
	return a;
}

static json_object *block_json(const struct block *bl)
{
	json_object *o = json_object_new_object(), *evs = json_object_new_array();

	for (int i = 0; i < bl->nev; i++) {
		const struct event *e = &bl->ev[i];
		int params[ARG_PARAMS];
		for (int k = 0; k < ARG_PARAMS; k++)
			params[k] = e->arg_param[k];
		json_object_array_add(evs, tuple("iiisiijiiiiiiisj", (int)e->kind, (int)e->loc.line,
						 (int)e->loc.col, e->callee, (int)e->late,
						 e->dest, ints(e->args, e->nargs), e->obj,
						 e->src, (int)e->negative_const, e->out_arg,
						 e->out_obj, (int)e->test, e->private_arg,
						 e->private_via, ints(params, ARG_PARAMS)));
	}
	json_object_object_add(o, "e", evs);
	json_object_object_add(o, "t", tuple("iiiiiiii", (int)bl->term, bl->cond,
					     (int)bl->on_true, bl->ret, (int)bl->ret_error,
					     (int)bl->loc.line, (int)bl->loc.col, 0));
	json_object_object_add(o, "s", ints(bl->succ, bl->nsucc));
	return o;
}

static bool worth_keeping(const struct function *fn)
{
	for (int i = 0; i < fn->nblocks; i++)
		if (fn->blocks[i].nev)
			return true;
	for (int k = 0; k < fn->nparams && k < MAX_PARAMS; k++)
		if (fn->param_obj[k] >= 0)
			return true;
	return false;
}

static json_object *function_json(const struct function *fn)
{
	json_object *o = json_object_new_object();
	json_object *paths = json_object_new_array(), *objs = json_object_new_array();
	json_object *blocks = json_object_new_array();
	int np = fn->nparams < MAX_PARAMS ? fn->nparams : MAX_PARAMS;

	json_object_object_add(o, "name", json_object_new_string(fn->name));
	json_object_object_add(o, "at", tuple("iiiii", (int)fn->loc.line, (int)fn->loc.col,
					      (int)fn->is_static, (int)fn->too_many_objects,
					      (int)fn->guards_declared));
	json_object_object_add(o, "params", ints(fn->param_obj, np));
	json_object_object_add(o, "nparams", json_object_new_int(fn->nparams));
	for (int i = 0; i < fn->npaths; i++) {
		const struct path *p = &fn->paths[i];
		json_object_array_add(paths, tuple("sssii", p->name, p->strct, p->field,
						   p->root, (int)p->temp));
	}
	for (int i = 0; i < fn->nobjs; i++) {
		const struct object *ob = &fn->objs[i];
		json_object_array_add(objs, tuple("isiisiis", (int)ob->kind, ob->name,
						  (int)ob->origin, (int)ob->origin_from_field,
						  ob->field, (int)ob->site.line,
						  (int)ob->site.col, ob->site_api));
	}
	for (int i = 0; i < fn->nblocks; i++)
		json_object_array_add(blocks, block_json(&fn->blocks[i]));
	json_object_object_add(o, "paths", paths);
	json_object_object_add(o, "objs", objs);
	json_object_object_add(o, "blocks", blocks);
	return o;
}

char *file_ir_to_json(const struct file_ir *ir)
{
	json_object *root = json_object_new_object(), *fns = json_object_new_array();
	json_object *ops = json_object_new_array();
	char *out;

	json_object_object_add(root, "file", str_or_null(ir->file));
	for (size_t i = 0; i < ir->n; i++)
		if (worth_keeping(ir->fns[i]))
			json_object_array_add(fns, function_json(ir->fns[i]));
	for (size_t i = 0; i < ir->tables.n; i++)
		json_object_array_add(ops, tuple("ss", ir->tables.v[i].slot, ir->tables.v[i].fn));
	json_object_object_add(root, "functions", fns);
	json_object_object_add(root, "ops", ops);
	out = xstrdup(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PLAIN));
	json_object_put(root);
	return out;
}

/* ---- reading ---- */

/* The IR is read back from disk: any value may have any JSON type, and
 * json-c asserts on array calls made on other types. */
static size_t len_of(json_object *a)
{
	return json_object_is_type(a, json_type_array) ? json_object_array_length(a) : 0;
}

static json_object *elem(json_object *a, size_t i)
{
	return i < len_of(a) ? json_object_array_get_idx(a, i) : NULL;
}

static int at(json_object *a, size_t i)
{
	return json_object_get_int(elem(a, i));
}

static char *dup_at(json_object *a, size_t i)
{
	json_object *v = elem(a, i);

	return v && json_object_is_type(v, json_type_string) ?
	       xstrdup(json_object_get_string(v)) : NULL;
}

static const char *own_at(struct function *fn, json_object *a, size_t i)
{
	json_object *v = elem(a, i);

	return v && json_object_is_type(v, json_type_string) ?
	       function_own(fn, json_object_get_string(v)) : NULL;
}

static int *ints_of(json_object *a, int *n)
{
	size_t len = a ? len_of(a) : 0;
	int *v = xcalloc(len + 1, sizeof(int));

	for (size_t i = 0; i < len; i++)
		v[i] = at(a, i);
	*n = (int)len;
	return v;
}

static bool valid_path(const struct function *fn, int p)
{
	return p < fn->npaths && p >= VAL_UNKNOWN;
}

static bool valid_obj(const struct function *fn, int o)
{
	return o >= -1 && o < fn->nobjs;
}

/* Reads one event; false when it names paths or objects that do not exist. */
static bool read_event(struct function *fn, struct event *e, json_object *a,
		       const struct catalog *cat)
{
	e->kind = at(a, 0) == EV_ASSIGN ? EV_ASSIGN : EV_CALL;
	e->loc = (struct loc){(unsigned)at(a, 1), (unsigned)at(a, 2)};
	e->callee = own_at(fn, a, 3);
	e->late = at(a, 4);
	e->dest = at(a, 5);
	e->args = ints_of(elem(a, 6), &e->nargs);
	e->obj = at(a, 7);
	e->src = at(a, 8);
	e->negative_const = at(a, 9);
	e->out_arg = len_of(a) > 11 ? at(a, 10) : -1;
	e->out_obj = len_of(a) > 11 ? at(a, 11) : -1;
	e->test = len_of(a) > 12 && at(a, 12) > OUT_UNKNOWN && at(a, 12) <= OUT_NOERR ?
		  (enum outcome)at(a, 12) : OUT_UNKNOWN;
	e->private_arg = len_of(a) > 14 ? at(a, 13) : -1;
	e->private_via = len_of(a) > 14 ? own_at(fn, a, 14) : NULL;
	if (!e->private_via)
		e->private_arg = -1;
	if (len_of(a) > 15) {
		int n, *params = ints_of(elem(a, 15), &n);
		for (int k = 0; k < n && k < ARG_PARAMS; k++)
			e->arg_param[k] = params[k] > 0 && params[k] <= MAX_PARAMS ?
					  (unsigned char)params[k] : 0;
		free(params);
	}
	if (e->kind == EV_CALL) {
		if (!e->callee)
			return false;
		/* a catalog call is one again; should the catalog have lost
		 * it, it is a call like any other */
		if (!e->late && !(e->api = catalog_find_in(cat, e->callee, fn->name)))
			e->late = true;
	}
	for (int i = 0; i < e->nargs; i++)
		if (!valid_path(fn, e->args[i]))
			return false;
	return valid_path(fn, e->dest) && valid_path(fn, e->src) && valid_obj(fn, e->obj) &&
	       valid_obj(fn, e->out_obj) && e->out_arg < e->nargs && e->private_arg < e->nargs;
}

static bool read_block(struct function *fn, struct block *bl, json_object *o,
		       const struct catalog *cat)
{
	json_object *evs = json_object_object_get(o, "e"), *t = json_object_object_get(o, "t");
	size_t nev = evs ? len_of(evs) : 0;

	bl->ev = xcalloc(nev + 1, sizeof(*bl->ev));
	bl->cev = (int)nev + 1;
	for (size_t i = 0; i < nev; i++, bl->nev++)
		if (!read_event(fn, &bl->ev[i], elem(evs, i), cat)) {
			bl->nev++;
			return false;
		}
	bl->term = (enum term)at(t, 0);
	bl->cond = at(t, 1);
	bl->on_true = (enum outcome)at(t, 2);
	bl->ret = at(t, 3);
	bl->ret_error = at(t, 4);
	bl->loc = (struct loc){(unsigned)at(t, 5), (unsigned)at(t, 6)};
	bl->succ = ints_of(json_object_object_get(o, "s"), &bl->nsucc);
	bl->csucc = bl->nsucc + 1;
	for (int i = 0; i < bl->nsucc; i++)
		if (bl->succ[i] < 0 || bl->succ[i] >= fn->cblocks)
			return false;
	return valid_path(fn, bl->cond) && valid_path(fn, bl->ret) &&
	       bl->term <= TERM_RETURN && bl->on_true <= OUT_NOERR;
}

static struct function *read_function(json_object *o, const char *file,
				      const struct catalog *cat)
{
	struct function *fn = xcalloc(1, sizeof(*fn));
	json_object *a = json_object_object_get(o, "at");
	json_object *paths = json_object_object_get(o, "paths");
	json_object *objs = json_object_object_get(o, "objs");
	json_object *blocks = json_object_object_get(o, "blocks");
	json_object *params = json_object_object_get(o, "params");
	size_t n;
	bool ok = a && paths && objs && blocks && params &&
		  json_object_get_string(json_object_object_get(o, "name"));

	fn->name = xstrdup(ok ? json_object_get_string(json_object_object_get(o, "name")) : "?");
	if (!ok)
		goto bad;
	fn->file = function_own(fn, file);
	fn->loc = (struct loc){(unsigned)at(a, 0), (unsigned)at(a, 1)};
	fn->is_static = at(a, 2);
	fn->too_many_objects = at(a, 3);
	fn->guards_declared = (unsigned)at(a, 4) & (GUARD_OF_PAGE | GUARD_OF_FOLIO);
	fn->nparams = json_object_get_int(json_object_object_get(o, "nparams"));
	n = len_of(objs);
	if (n > MAX_OBJS)
		goto bad;
	fn->objs = xcalloc(n + 1, sizeof(*fn->objs));
	for (size_t i = 0; i < n; i++) {
		json_object *t = elem(objs, i);
		struct object *ob = &fn->objs[fn->nobjs++];	/* counted: freed on bad */
		ob->kind = (enum obj_kind)at(t, 0);
		ob->name = dup_at(t, 1);
		ob->origin = (unsigned)at(t, 2);
		ob->origin_from_field = at(t, 3);
		ob->field = dup_at(t, 4);
		ob->site = (struct loc){(unsigned)at(t, 5), (unsigned)at(t, 6)};
		ob->site_api = own_at(fn, t, 7);
		if (!ob->name || ob->kind > OBJ_ASSIGN)
			goto bad;
	}
	n = len_of(paths);
	fn->paths = xcalloc(n + 1, sizeof(*fn->paths));
	fn->cpaths = (int)n + 1;
	for (size_t i = 0; i < n; i++) {
		json_object *t = elem(paths, i);
		struct path *p = &fn->paths[fn->npaths++];	/* counted: freed on bad */
		p->name = dup_at(t, 0);
		p->strct = dup_at(t, 1);
		p->field = dup_at(t, 2);
		p->root = at(t, 3);
		p->temp = at(t, 4);
		if (!p->name || !valid_obj(fn, p->root))
			goto bad;
	}
	for (int k = 0; k < MAX_PARAMS; k++)
		fn->param_obj[k] = k < (int)len_of(params) ?
				   at(params, (size_t)k) : -1;
	for (int k = 0; k < MAX_PARAMS; k++)
		if (!valid_obj(fn, fn->param_obj[k]))
			goto bad;
	n = len_of(blocks);
	if (!n)
		goto bad;
	fn->blocks = xcalloc(n, sizeof(*fn->blocks));
	fn->cblocks = (int)n;
	for (size_t i = 0; i < n; i++, fn->nblocks++)
		if (!read_block(fn, &fn->blocks[i], elem(blocks, i), cat)) {
			fn->nblocks++;
			goto bad;
		}
	return fn;
bad:
	function_free(fn);
	return NULL;
}

int file_ir_from_json(struct file_ir *ir, const char *text, const struct catalog *cat,
		      char **err)
{
	json_object *root = json_tokener_parse(text), *fns, *ops;
	const char *file;

	memset(ir, 0, sizeof(*ir));
	fns = root ? json_object_object_get(root, "functions") : NULL;
	ops = root ? json_object_object_get(root, "ops") : NULL;
	file = root ? json_object_get_string(json_object_object_get(root, "file")) : NULL;
	if (!fns || !ops || !file) {
		*err = xstrdup("not a pagecheck IR (JSON with file, functions and ops)");
		json_object_put(root);
		return -1;
	}
	ir->file = xstrdup(file);
	for (size_t i = 0; i < len_of(fns); i++) {
		struct function *fn = read_function(elem(fns, i), file, cat);
		if (!fn) {
			char buf[160];
			snprintf(buf, sizeof(buf), "function %zu of the IR is malformed", i);
			*err = xstrdup(buf);
			json_object_put(root);
			file_ir_free(ir);
			return -1;
		}
		file_ir_add(ir, fn);
	}
	for (size_t i = 0; i < len_of(ops); i++) {
		json_object *t = elem(ops, i);
		char *slot = dup_at(t, 0), *f = dup_at(t, 1);
		if (!slot || !f) {
			free(slot);
			free(f);
			continue;
		}
		GROW(ir->tables.v, ir->tables.n, ir->tables.cap);
		ir->tables.v[ir->tables.n++] = (struct ops_binding){slot, f};
	}
	json_object_put(root);
	return 0;
}
