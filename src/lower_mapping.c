/* Which mapping a page is looked up in. A page of a mapping user space
 * never maps (a filesystem's internal inode: gfs2's journals, squashfs's
 * block cache) is never in a guest's memory, so it cannot be secure; the
 * catalog names the fields such a mapping, or its inode, is read from
 * (rules.yaml private_mappings), and which argument of a lookup is the
 * mapping (mapping: N). Read here off the argument as written: a member
 * path through such a field (jd->jd_inode->i_mapping), or a local
 * variable initialized from one (mapping = msblk->cache_mapping) and
 * never assigned again nor its address taken. A
 * helper that looks pages up in its parameter (squashfs_get_cache_page())
 * passes the question on to its callers through its summary, so the
 * parameter each argument names is noted too. */
#include "lower_mapping.h"
#include "ast.h"
#include "tokens.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* how many local variables' initializers are followed back */
#define MAPPING_DEPTH 4

struct reassignment {
	struct builder *b;
	CXCursor var;
	bool found;
};

static bool names_var(CXCursor c, CXCursor var)
{
	c = strip_parens_casts(c);
	return clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
	       clang_equalCursors(clang_getCursorReferenced(c), var);
}

static enum CXChildVisitResult find_reassignment(CXCursor c, CXCursor parent,
						 CXClientData data)
{
	struct reassignment *r = data;
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct kids k;
	const char *op = NULL;

	(void)parent;
	if (kind != CXCursor_BinaryOperator && kind != CXCursor_CompoundAssignOperator &&
	    kind != CXCursor_UnaryOperator)
		return CXChildVisit_Recurse;
	k = children(c);
	if (k.n > 0 && names_var(k.c[0], r->var)) {
		if (kind == CXCursor_BinaryOperator)
			op = tokens_binop(&r->b->tm, k.c[0]);
		else if (kind == CXCursor_UnaryOperator)
			op = tokens_unop(&r->b->tm, c);
		/* an assignment, or its address handed on (&mapping) */
		r->found = kind == CXCursor_CompoundAssignOperator ||
			   (op && (!strcmp(op, "=") || !strcmp(op, "&")));
	}
	free(k.c);
	return r->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* Whether the local var holds anything but its initializer somewhere in
 * its function. */
static bool reassigned(struct builder *b, CXCursor var)
{
	struct reassignment r = {b, var, false};

	clang_visitChildren(clang_getCursorSemanticParent(var), find_reassignment, &r);
	return r.found;
}

static const struct private_mapping *private_mapping_of(struct builder *b, CXCursor c,
							 int depth)
{
	const struct catalog *cat = b->cat;

	c = strip_parens_casts(c);
	if (clang_getCursorKind(c) == CXCursor_MemberRefExpr) {
		CXCursor field = clang_getCursorReferenced(c);
		const struct private_mapping *m = NULL;
		struct kids k = children(c);

		if (!clang_Cursor_isNull(field)) {
			char *sname = cursor_record_name(clang_getCursorSemanticParent(field));
			char *fname = cursor_spelling(field);
			struct strbuf key = {0};

			sb_addf(&key, "%s.%s", sname, fname);
			if (*sname)
				m = catalog_private_mapping(cat, key.buf);
			sb_release(&key);
			free(sname);
			free(fname);
		}
		if (!m && k.n > 0)
			m = private_mapping_of(b, k.c[0], depth);
		free(k.c);
		return m;
	}
	if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && depth < MAPPING_DEPTH) {
		CXCursor var = clang_getCursorReferenced(c);
		bool found;
		CXCursor init;

		const struct private_mapping *m;

		if (clang_getCursorKind(var) != CXCursor_VarDecl)
			return NULL;
		init = last_expr_child(var, &found);
		m = found ? private_mapping_of(b, init, depth + 1) : NULL;
		return m && !reassigned(b, var) ? m : NULL;
	}
	return NULL;
}

/* 1 + the index of the function's parameter the argument names, 0. */
static unsigned char param_named(CXCursor arg)
{
	CXCursor decl, fn;
	int n;

	arg = strip_parens_casts(arg);
	if (clang_getCursorKind(arg) != CXCursor_DeclRefExpr)
		return 0;
	decl = clang_getCursorReferenced(arg);
	if (clang_getCursorKind(decl) != CXCursor_ParmDecl)
		return 0;
	fn = clang_getCursorSemanticParent(decl);
	n = clang_Cursor_getNumArguments(fn);
	for (int i = 0; i < n && i < MAX_PARAMS; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(fn, i), decl))
			return (unsigned char)(i + 1);
	return 0;
}

void lower_mapping_args(struct builder *b, CXCursor c, const char *callee, struct event *ev)
{
	int n = clang_getCursorKind(c) == CXCursor_CallExpr ? clang_Cursor_getNumArguments(c) : 0;
	char *name = n > 0 ? callee_name(c) : NULL;

	if (!name || strcmp(name, callee))
		n = 0;
	free(name);

	for (int i = 0; i < n; i++) {
		CXCursor arg = clang_Cursor_getArgument(c, i);
		const struct private_mapping *m;

		if (i < ARG_PARAMS)
			ev->arg_param[i] = param_named(arg);
		if (ev->private_arg < 0 && b->cat->nprivate_mappings &&
		    (m = private_mapping_of(b, arg, 0))) {
			ev->private_arg = i;
			ev->private_via = function_own(b->fn, m->field);
		}
	}
}
