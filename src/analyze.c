#include "analyze.h"
#include "cfg.h"
#include "file_ir.h"
#include "link.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct definitions {
	CXCursor *v;
	size_t n, cap;
	const struct catalog *cat;
	unsigned guards_declared;	/* GUARD_OF_PAGE, GUARD_OF_FOLIO */
};

/* 6.12 declares only the folio guard: messages name the one there is. */
static void note_guard_declaration(struct definitions *defs, CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);

	if (!strcmp(name, catalog_guard_name(defs->cat, false)))
		defs->guards_declared |= GUARD_OF_PAGE;
	if (!strcmp(name, catalog_guard_name(defs->cat, true)))
		defs->guards_declared |= GUARD_OF_FOLIO;
	clang_disposeString(s);
}

static enum CXChildVisitResult each_function(CXCursor c, CXCursor parent, CXClientData d)
{
	struct definitions *defs = d;

	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_FunctionDecl)
		note_guard_declaration(defs, c);
	if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) &&
	    clang_Location_isFromMainFile(clang_getCursorLocation(c))) {
		GROW(defs->v, defs->n, defs->cap);
		defs->v[defs->n++] = c;
	}
	return CXChildVisit_Continue;
}

/* The CFGs are built once, with the catalog alone (calls to helpers are
 * bound to their summaries each round); the file is then judged alone, as
 * a program of one file: what the per-file run records (the field stores
 * above all, which need the file's own summaries) is that judgement's. */
static void analyze_functions(CXTranslationUnit tu, const struct catalog *cat,
			      const char *file, struct results *out,
			      struct file_status *status, struct file_ir *ir)
{
	struct definitions defs = {.cat = cat};

	clang_visitChildren(clang_getTranslationUnitCursor(tu), each_function, &defs);
	for (size_t i = 0; i < defs.n; i++) {
		struct function *fn = cfg_build(tu, defs.v[i], cat, file);
		fn->guards_declared = defs.guards_declared;
		file_ir_add(ir, fn);
	}
	ops_tables_collect(tu, &ir->tables);
	program_analyze_file(ir, cat, out);
	status->functions = (unsigned)defs.n;
	for (size_t i = 0; i < ir->n; i++)
		status->truncated += ir->fns[i]->too_many_objects;
	free(defs.v);
}

/* Where a diagnostic is, as file:line:col. With a preamble, clang names
 * the main file by its absolute path: the main file keeps the name it was
 * given, as the rest of the output does. */
static void diagnostic_location(CXTranslationUnit tu, CXDiagnostic d, const char *file,
				struct strbuf *out)
{
	CXFile where, main_file = clang_getFile(tu, file);
	unsigned line, column;

	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &where, &line, &column, NULL);
	if (main_file && where && clang_File_isEqual(where, main_file)) {
		sb_addf(out, "%s:%u:%u: ", file, line, column);
	} else if (where) {
		CXString name = clang_getFileName(where);
		sb_addf(out, "%s:%u:%u: ", clang_getCString(name), line, column);
		clang_disposeString(name);
	}
}

/* The first error clang reports, as file:line:col: error: message. */
char *analyze_first_error(CXTranslationUnit tu, const char *file)
{
	unsigned n = clang_getNumDiagnostics(tu);

	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		struct strbuf r = {0};

		if (sev >= CXDiagnostic_Error) {
			CXString s = clang_getDiagnosticSpelling(d);
			diagnostic_location(tu, d, file, &r);
			sb_addf(&r, "%s: %s", sev == CXDiagnostic_Fatal ? "fatal error" : "error",
				clang_getCString(s));
			clang_disposeString(s);
		}
		clang_disposeDiagnostic(d);
		if (r.len)
			return sb_detach(&r);
	}
	return NULL;
}

static void note_inclusion(CXFile included, CXSourceLocation *stack, unsigned depth,
			   CXClientData d)
{
	CXString name = clang_getFileName(included);

	(void)stack;
	if (depth)	/* the main file itself is depth 0: the caller knows it */
		argv_push(d, clang_getCString(name));
	clang_disposeString(name);
}

/*
 * The whole file is parsed, the inline bodies of its headers too, though
 * only the main file's definitions are lowered.  Clang 14's C API can skip
 * header bodies only through a precompiled preamble (SkipFunctionBodies
 * limited to the preamble), and writing and reading that preamble back cost
 * more than the skipped bodies save: on 6.1's fs/pipe.c, net/ipv4/tcp.c,
 * net/core/skbuff.c 0.44 s, 0.74 s, 0.70 s of CPU against 0.38 s, 0.64 s,
 * 0.61 s parsed whole (docs/design.md, "Where the clang engine's time goes").
 */
const unsigned analyze_parse_options =
	CXTranslationUnit_KeepGoing |
	CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;

int analyze_file(CXIndex index, const char *file, const struct argv_list *clang_args,
		 const struct catalog *cat, struct results *out, struct argv_list *included,
		 struct file_ir *keep)
{
	struct file_ir local = {0};
	struct file_status *status = results_add_file(out, file);
	CXTranslationUnit tu = NULL;
	enum CXErrorCode err;
	char *why;

	err = clang_parseTranslationUnit2(index, file,
					  (const char *const *)clang_args->v, clang_args->n,
					  NULL, 0, analyze_parse_options, &tu);
	if (err != CXError_Success || !tu) {
		char buf[128];
		snprintf(buf, sizeof(buf), "libclang could not parse the file (error %d)",
			 (int)err);
		status->reason = xstrdup(buf);
		return -1;
	}
	if (included)
		clang_getInclusions(tu, note_inclusion, included);
	/* an AST with errors in it would make findings up: do not analyze it */
	why = analyze_first_error(tu, file);
	if (why) {
		status->reason = why;
		clang_disposeTranslationUnit(tu);
		return -1;
	}
	analyze_functions(tu, cat, file, out, status, keep ? keep : &local);
	status->analyzed = true;
	clang_disposeTranslationUnit(tu);
	file_ir_free(&local);
	return 0;
}
