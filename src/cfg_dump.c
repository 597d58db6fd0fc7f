/* The text form of a function's IR. One line per event, one per block end;
 * paths and objects by index (p3, o1), as the events name them. */
#include "cfg_dump.h"
#include "analyze.h"
#include "ast.h"
#include "cfg.h"

#include <stdlib.h>

static const char *const outcome_names[] = {
	[OUT_UNKNOWN] = "unknown", [OUT_TRUTHY] = "truthy", [OUT_FALSY] = "falsy",
	[OUT_NEG] = "negative", [OUT_NONNEG] = "non-negative", [OUT_SHORT] = "short",
	[OUT_FULL] = "full", [OUT_ERR] = "error-pointer", [OUT_NOERR] = "no-error-pointer",
};

static const char *value(const struct function *fn, int v)
{
	if (v == VAL_NONE)
		return "_";
	if (v == VAL_UNKNOWN)
		return "?";
	return fn->paths[v].name;
}

static void dump_call(FILE *out, const struct function *fn, const struct event *ev)
{
	fprintf(out, "call %s(", ev->callee);
	for (int i = 0; i < ev->nargs; i++)
		fprintf(out, "%s%s", i ? ", " : "", value(fn, ev->args[i]));
	fputc(')', out);
	if (ev->dest >= 0)
		fprintf(out, " -> %s", value(fn, ev->dest));
	if (ev->late)
		fputs(" [late]", out);
	else if (ev->api && ev->api->cls == API_SINK)
		fprintf(out, " [sink %s]", api_sink_name(ev->api->sink));
	else if (ev->api)
		fprintf(out, " [%s]", api_class_name(ev->api->cls));
	if (ev->out_obj >= 0)
		fprintf(out, " fills %s with o%d", value(fn, ev->args[ev->out_arg]), ev->out_obj);
}

static void dump_event(FILE *out, const struct function *fn, const struct event *ev)
{
	fprintf(out, "    %u:%u ", ev->loc.line, ev->loc.col);
	if (ev->kind == EV_CALL)
		dump_call(out, fn, ev);
	else if (ev->test != OUT_UNKNOWN)
		fprintf(out, "%s = test of %s (true: %s is %s)", value(fn, ev->dest),
			value(fn, ev->src), value(fn, ev->src), outcome_names[ev->test]);
	else
		fprintf(out, "%s = %s%s", value(fn, ev->dest), value(fn, ev->src),
			ev->negative_const ? " (negative constant)" : "");
	if (ev->obj >= 0)
		fprintf(out, " new o%d", ev->obj);
	fputc('\n', out);
}

static void dump_end(FILE *out, const struct function *fn, const struct block *bl)
{
	switch (bl->term) {
	case TERM_NONE:
		fputs("    stop\n", out);
		break;
	case TERM_JUMP:
		fputs("    goto", out);
		for (int i = 0; i < bl->nsucc; i++)
			fprintf(out, "%s B%d", i ? "," : "", bl->succ[i]);
		fputc('\n', out);
		break;
	case TERM_BRANCH:
		fprintf(out, "    if %s is %s: B%d, else B%d\n", value(fn, bl->cond),
			outcome_names[bl->on_true], bl->succ[0], bl->succ[1]);
		break;
	case TERM_RETURN:
		fprintf(out, "    %u:%u return", bl->loc.line, bl->loc.col);
		if (bl->ret != VAL_NONE)
			fprintf(out, " %s", value(fn, bl->ret));
		fputs(bl->ret_error ? " (error)\n" : "\n", out);
		break;
	}
}

static void dump_block(FILE *out, const struct function *fn, int b)
{
	const struct block *bl = &fn->blocks[b];
	int npred = 0;

	fprintf(out, "  B%d:", b);
	for (int p = 0; p < fn->nblocks; p++)
		for (int s = 0; s < fn->blocks[p].nsucc; s++)
			if (fn->blocks[p].succ[s] == b) {
				fprintf(out, "%s B%d", npred++ ? "," : " from", p);
				break;
			}
	fputs(!npred && b ? " unreachable\n" : "\n", out);
	for (int i = 0; i < bl->nev; i++)
		dump_event(out, fn, &bl->ev[i]);
	dump_end(out, fn, bl);
}

static void dump_objects(FILE *out, const struct function *fn)
{
	static const char *const kinds[] = {"root", "call", "assign"};
	char origin[96];

	for (int o = 0; o < fn->nobjs; o++) {
		const struct object *ob = &fn->objs[o];
		fprintf(out, "    o%d %s %s, origin %s", o, kinds[ob->kind], ob->name,
			origin_describe(ob->origin, origin, sizeof(origin)));
		if (ob->origin_from_field)
			fputs(" (from the catalog's fields)", out);
		if (ob->field)
			fprintf(out, ", field %s", ob->field);
		if (ob->kind != OBJ_ROOT)
			fprintf(out, ", at %u:%u", ob->site.line, ob->site.col);
		fputc('\n', out);
	}
}

void cfg_dump_function(FILE *out, const struct function *fn)
{
	int pages = 0;

	fprintf(out, "function %s%s at %u:%u\n", fn->name, fn->is_static ? " (static)" : "",
		fn->loc.line, fn->loc.col);
	fprintf(out, "  params: %d", fn->nparams);
	for (int i = 0; i < fn->nparams && i < MAX_PARAMS; i++)
		if (fn->param_obj[i] >= 0)
			fprintf(out, "%s%s o%d", pages++ ? ", " : "; pages: ",
				fn->objs[fn->param_obj[i]].name, fn->param_obj[i]);
	fputs("\n  paths:\n", out);
	for (int p = 0; p < fn->npaths; p++) {
		const struct path *pa = &fn->paths[p];
		fprintf(out, "    %s", pa->name);
		if (pa->strct)
			fprintf(out, " (%s.%s)", pa->strct, pa->field);
		if (pa->root >= 0)
			fprintf(out, " root o%d", pa->root);
		fputc('\n', out);
	}
	fputs("  objects:\n", out);
	dump_objects(out, fn);
	if (fn->too_many_objects)
		fprintf(out, "  (truncated: more than %d objects)\n", MAX_OBJS);
	for (int b = 0; b < fn->nblocks; b++)
		dump_block(out, fn, b);
}

/* A file that does not parse is not lowered (as analyze_file() does not
 * analyze it): a partial AST would show a CFG that no run uses. */
static bool parses(CXTranslationUnit tu, const char *file)
{
	char *why = analyze_first_error(tu, file);
	bool ok = !why;

	if (why)
		fprintf(stderr, "pagecheck: %s: not lowered: %s\n", file, why);
	free(why);
	return ok;
}

/* The CFGs as cfg_build() makes them, before any analysis: the analysis
 * renames objects after the paths they reach. */
static void dump_definitions(FILE *out, CXTranslationUnit tu, const struct catalog *cat,
			     const char *file, int *dumped)
{
	struct kids k = children(clang_getTranslationUnitCursor(tu));

	for (int i = 0; i < k.n; i++) {
		struct function *fn;
		if (clang_getCursorKind(k.c[i]) != CXCursor_FunctionDecl ||
		    !clang_isCursorDefinition(k.c[i]) ||
		    !clang_Location_isFromMainFile(clang_getCursorLocation(k.c[i])))
			continue;
		fn = cfg_build(tu, k.c[i], cat, file);
		fprintf(out, "%s", (*dumped)++ ? "\n" : "");
		cfg_dump_function(out, fn);
		function_free(fn);
	}
	free(k.c);
}

int cfg_dump_files(FILE *out, const struct argv_list *sources, const struct argv_list *flags,
		   const struct catalog *cat)
{
	struct argv_list clang_args = {0};
	CXIndex index = clang_createIndex(0, 0);
	int status = 0, dumped = 0;

	flags_for_clang(flags, NULL, &clang_args);
	for (int s = 0; s < sources->n; s++) {
		CXTranslationUnit tu = NULL;
		enum CXErrorCode err = clang_parseTranslationUnit2(
			index, sources->v[s], (const char *const *)clang_args.v, clang_args.n,
			NULL, 0, analyze_parse_options, &tu);

		if (err != CXError_Success || !tu) {
			fprintf(stderr, "pagecheck: %s: not lowered: libclang error %d\n",
				sources->v[s], (int)err);
			status = 2;
			continue;
		}
		if (parses(tu, sources->v[s]))
			dump_definitions(out, tu, cat, sources->v[s], &dumped);
		else
			status = 2;
		clang_disposeTranslationUnit(tu);
	}
	argv_free(&clang_args);
	clang_disposeIndex(index);
	return status;
}
