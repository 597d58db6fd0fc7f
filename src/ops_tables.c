/* Which functions a file puts into struct function-pointer fields:
 * designated initializers (.get = my_get), positional ones ({ my_get, ... })
 * and assignments (ops->get = my_get). A call through the field
 * (buf->ops->get(...)) can then be given the summary of those functions. */
#include "ops_tables.h"
#include "ast.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void bind(struct ops_tables *t, CXCursor field, CXCursor fn)
{
	char *rec = cursor_record_name(clang_getCursorSemanticParent(field));
	CXString f = clang_getCursorSpelling(field), g = clang_getCursorSpelling(fn);
	struct strbuf slot = {0};

	if (*rec && *clang_getCString(f)) {
		sb_addf(&slot, "%s.%s", rec, clang_getCString(f));
		GROW(t->v, t->n, t->cap);
		t->v[t->n].slot = sb_detach(&slot);
		t->v[t->n].fn = xstrdup(clang_getCString(g));
		t->n++;
	}
	clang_disposeString(f);
	clang_disposeString(g);
	free(rec);
}

/* The function an expression names directly (my_get), if it does. */
static CXCursor function_named(CXCursor e)
{
	CXCursor ref = clang_getCursorReferenced(e);
	enum CXCursorKind k = clang_getCursorKind(e);

	if (!clang_Cursor_isNull(ref) && clang_getCursorKind(ref) == CXCursor_FunctionDecl &&
	    (k == CXCursor_DeclRefExpr || k == CXCursor_UnexposedExpr))
		return ref;
	return clang_getNullCursor();
}

/* ... also through implicit casts, parentheses and & */
static CXCursor function_in(CXCursor e)
{
	for (int depth = 0; depth < 4 && !clang_Cursor_isNull(e); depth++) {
		CXCursor f = function_named(e);
		struct kids k;
		if (!clang_Cursor_isNull(f))
			return f;
		k = children(e);
		e = k.n == 1 ? k.c[0] : clang_getNullCursor();
		free(k.c);
	}
	return clang_getNullCursor();
}

static void bind_function(CXCursor field, CXCursor value, void *t)
{
	CXCursor fn = function_in(value);

	if (!clang_Cursor_isNull(fn))
		bind(t, field, fn);
}

static void init_list(struct ops_tables *t, CXCursor list)
{
	init_list_each(list, bind_function, t);
}

/* lhs = rhs where lhs is a member: the operator is the token after lhs */
static void assignment(struct ops_tables *t, CXTranslationUnit tu, CXCursor op)
{
	struct kids k = children(op);
	CXToken *toks = NULL;
	unsigned ntoks = 0, end;
	CXSourceRange lhs;

	if (k.n != 2 || clang_getCursorKind(k.c[0]) != CXCursor_MemberRefExpr) {
		free(k.c);
		return;
	}
	lhs = clang_getCursorExtent(k.c[0]);
	clang_getFileLocation(clang_getRangeEnd(lhs), NULL, NULL, NULL, &end);
	clang_tokenize(tu, clang_getCursorExtent(op), &toks, &ntoks);
	for (unsigned i = 0; i < ntoks; i++) {
		unsigned off;
		clang_getFileLocation(clang_getTokenLocation(tu, toks[i]), NULL, NULL, NULL, &off);
		if (off < end)
			continue;
		{
			CXString s = clang_getTokenSpelling(tu, toks[i]);
			bool is_assign = !strcmp(clang_getCString(s), "=");
			clang_disposeString(s);
			if (is_assign) {
				CXCursor field = clang_getCursorReferenced(k.c[0]);
				CXCursor fn = function_in(k.c[1]);
				if (clang_getCursorKind(field) == CXCursor_FieldDecl &&
				    !clang_Cursor_isNull(fn))
					bind(t, field, fn);
			}
		}
		break;
	}
	clang_disposeTokens(tu, toks, ntoks);
	free(k.c);
}

struct walk {
	struct ops_tables *t;
	CXTranslationUnit tu;
};

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct walk *w = d;
	enum CXCursorKind k = clang_getCursorKind(c);

	(void)parent;
	if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (k == CXCursor_InitListExpr)
		init_list(w->t, c);
	else if (k == CXCursor_BinaryOperator)
		assignment(w->t, w->tu, c);
	return CXChildVisit_Recurse;
}

void ops_tables_collect(CXTranslationUnit tu, struct ops_tables *t)
{
	struct walk w = {t, tu};

	clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &w);
}

void ops_tables_free(struct ops_tables *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].slot);
		free(t->v[i].fn);
	}
	free(t->v);
	memset(t, 0, sizeof(*t));
}
