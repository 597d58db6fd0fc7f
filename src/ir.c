/* What every user of the IR shares: object sets, the lifetime of a
 * function, and the late binding of its calls to summaries. */
#include "ir.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

int objset_single(const objset *s)
{
	int found = -1;

	for (int i = 0; i < MAX_OBJS / 64; i++) {
		if (!s->w[i])
			continue;
		if (found >= 0 || (s->w[i] & (s->w[i] - 1)))
			return -1;
		found = i * 64 + __builtin_ctzll(s->w[i]);
	}
	return found;
}

const char *function_own(struct function *fn, const char *s)
{
	GROW(fn->strings, fn->nstrings, fn->cstrings);
	fn->strings[fn->nstrings] = xstrdup(s);
	return fn->strings[fn->nstrings++];
}

/* A page looked up in a mapping user space never maps is kernel-private
 * (lower_mapping.c); one looked up in a parameter's mapping is noted, for
 * the summary to say so to the callers. */
static void bind_mappings(struct function *fn)
{
	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].nev; i++) {
			const struct event *ev = &fn->blocks[b].ev[i];
			const struct api *a = ev->api;
			struct object *ob;

			if (ev->kind != EV_CALL || !a || !a->has_mapping || a->page != PAGE_RETURN ||
			    ev->obj < 0)
				continue;
			ob = &fn->objs[ev->obj];
			if (ev->private_arg >= 0 && ev->private_arg == a->mapping_arg) {
				ob->origin = ORIGIN_KERNEL;
				ob->private_via = ev->private_via;
			} else if (a->mapping_arg < ARG_PARAMS && ev->arg_param[a->mapping_arg]) {
				ob->mapping_param = ev->arg_param[a->mapping_arg] - 1;
			}
		}
}

void function_bind(struct function *fn, const struct catalog *cat)
{
	for (int o = 0; o < fn->nobjs; o++) {
		struct object *ob = &fn->objs[o];
		ob->has_acq = ob->has_attach = ob->has_guard = ob->has_cpu = false;
		ob->io_reached = ob->acquired_here = false;
		ob->rule_verdict = NULL;
		ob->released = ob->returned = false;
		ob->handed_to = ob->handed_to_helper = NULL;
		ob->from_accessor = NULL;
		ob->stored_in = ob->left_in = 0;
		ob->private_via = NULL;
		ob->mapping_param = -1;
	}
	for (int b = 0; b < fn->nblocks; b++) {
		for (int i = 0; i < fn->blocks[b].nev; i++) {
			struct event *ev = &fn->blocks[b].ev[i];
			const struct api *a;
			struct object *ob;
			bool produces;

			if (ev->kind != EV_CALL || !ev->late)
				continue;
			a = catalog_find(cat, ev->callee);
			/* what only the CFG builder can do (a field of the
			 * argument, a conversion, an array it did not see, the
			 * pointers into a page's contents) stays unbound */
			if (a && (a->member_field || a->cls == API_CONVERT || a->cls == API_CPU_MAP ||
				  a->cls == API_CPU_ACCESS ||
				  (a->page_array && (a->page != ev->out_arg || ev->out_obj < 0))))
				a = NULL;
			ev->api = a;
			if (ev->out_obj >= 0) {
				ob = &fn->objs[ev->out_obj];
				produces = a && a->page_array && a->cls == API_ACQUIRE;
				ob->kind = produces ? OBJ_CALL : OBJ_ASSIGN;
				ob->origin = produces ? a->origin : ORIGIN_UNKNOWN;
				ob->site_api = produces ? ev->callee : NULL;
			}
			if (ev->obj < 0)
				continue;
			/* the page the call hands back: produced by it, or unknown */
			ob = &fn->objs[ev->obj];
			produces = a && a->page == PAGE_RETURN;
			ob->kind = produces ? OBJ_CALL : OBJ_ASSIGN;
			ob->site_api = produces ? ev->callee : NULL;
			ob->unknown_call = produces ? NULL : ev->callee;
			ob->origin = produces ? a->origin : ORIGIN_UNKNOWN;
			/* an accessor's page is its field's (dio_get_page():
			 * dio.pages[]): its site says so (the origin is the
			 * summary's, which the field's provenance made) */
			ob->from_accessor = produces ? a->from_field : NULL;
		}
	}
	bind_mappings(fn);
}

void function_free(struct function *fn)
{
	if (!fn)
		return;
	for (int i = 0; i < fn->nblocks; i++) {
		for (int j = 0; j < fn->blocks[i].nev; j++)
			free(fn->blocks[i].ev[j].args);
		free(fn->blocks[i].ev);
		free(fn->blocks[i].succ);
	}
	for (int i = 0; i < fn->npaths; i++) {
		free(fn->paths[i].name);
		free(fn->paths[i].strct);
		free(fn->paths[i].field);
	}
	for (int i = 0; i < fn->nobjs; i++) {
		free(fn->objs[i].name);
		free(fn->objs[i].field);
	}
	for (size_t i = 0; i < fn->nstrings; i++)
		free(fn->strings[i]);
	free(fn->strings);
	free(fn->objs);
	free(fn->blocks);
	free(fn->paths);
	free(fn->name);
	free(fn);
}
