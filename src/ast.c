/* libclang cursor helpers: children, names, locations, constants, the
 * walk of an initializer list, and a header's one-line accessors. */
#include "ast.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
	struct kids *k = d;

	(void)parent;
	GROW(k->c, k->n, k->cap);
	k->c[k->n++] = c;
	return CXChildVisit_Continue;
}

struct kids children(CXCursor c)
{
	struct kids k = {0};

	clang_visitChildren(c, collect, &k);
	return k;
}

char *cursor_spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

struct loc cursor_loc(CXCursor c)
{
	unsigned line, col;

	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, &col, NULL);
	return (struct loc){line, col};
}

CXCursor last_expr_child(CXCursor c, bool *found)
{
	struct kids k = children(c);
	CXCursor r = clang_getNullCursor();

	*found = false;
	for (int i = k.n - 1; i >= 0; i--)
		if (clang_isExpression(clang_getCursorKind(k.c[i]))) {
			r = k.c[i];
			*found = true;
			break;
		}
	free(k.c);
	return r;
}

bool cursor_int_value(CXCursor c, long long *v)
{
	CXEvalResult e;
	bool ok = false;

	if (!clang_isExpression(clang_getCursorKind(c)))
		return false;
	e = clang_Cursor_Evaluate(c);
	if (!e)
		return false;
	if (clang_EvalResult_getKind(e) == CXEval_Int) {
		*v = clang_EvalResult_getAsLongLong(e);
		ok = true;
	}
	clang_EvalResult_dispose(e);
	return ok;
}

/* Parens and implicit conversions say nothing about pages. */
CXCursor strip_parens_casts(CXCursor c)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		bool found;
		CXCursor inner;

		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
		    k != CXCursor_CStyleCastExpr)
			return c;
		inner = last_expr_child(c, &found);
		if (!found)
			return c;
		c = inner;
	}
}

bool is_null_constant(CXCursor c)
{
	long long v;

	c = strip_parens_casts(c);
	if (clang_getCursorKind(c) != CXCursor_IntegerLiteral)
		return false;
	return cursor_int_value(c, &v) && v == 0;
}

/* A field of an anonymous struct or union (igbvf_buffer's rx members)
 * belongs to the named one around it. */
char *cursor_record_name(CXCursor rec)
{
	for (int depth = 0; depth < 8; depth++) {
		char *name = cursor_spelling(rec);
		CXCursor up;
		if (*name && !strstr(name, "(anonymous") && !strstr(name, "(unnamed"))
			return name;
		free(name);
		up = clang_getCursorSemanticParent(rec);
		if (clang_getCursorKind(up) != CXCursor_StructDecl &&
		    clang_getCursorKind(up) != CXCursor_UnionDecl)
			break;
		rec = up;
	}
	return xstrdup("");
}

char *callee_name(CXCursor call)
{
	CXCursor ref = clang_getCursorReferenced(call);

	if (!clang_Cursor_isNull(ref) &&
	    clang_getCursorKind(ref) == CXCursor_FunctionDecl)
		return cursor_spelling(ref);
	if (!clang_Cursor_isNull(ref) && clang_getCursorKind(ref) == CXCursor_FieldDecl) {
		char *rec = cursor_record_name(clang_getCursorSemanticParent(ref));
		char *field = cursor_spelling(ref);
		struct strbuf sb = {0};
		if (*rec)
			sb_addf(&sb, "%s.%s", rec, field);
		else
			sb_adds(&sb, field);
		free(rec);
		free(field);
		return sb_detach(&sb);
	}
	return cursor_spelling(call);
}

char *type_struct_name(CXType t, int *indirections)
{
	CXType c = clang_getCanonicalType(t);
	CXCursor decl;

	*indirections = 0;
	for (;;) {
		if (c.kind == CXType_Pointer)
			c = clang_getPointeeType(c);
		else if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray ||
			 c.kind == CXType_VariableArray)
			c = clang_getArrayElementType(c);
		else
			break;
		c = clang_getCanonicalType(c);
		++*indirections;
	}
	if (c.kind != CXType_Record)
		return NULL;
	decl = clang_getTypeDeclaration(c);
	if (clang_getCursorKind(decl) != CXCursor_StructDecl)
		return NULL;
	return cursor_spelling(decl);
}

struct fields {
	CXCursor *v;
	unsigned n, cap;
};

static enum CXVisitorResult collect_field(CXCursor c, CXClientData d)
{
	struct fields *f = d;

	GROW(f->v, f->n, f->cap);
	f->v[f->n++] = c;
	return CXVisit_Continue;
}

void init_list_each(CXCursor list, void (*cb)(CXCursor field, CXCursor value, void *ctx),
		    void *ctx)
{
	CXType type = clang_getCanonicalType(clang_getCursorType(list));
	struct fields fields = {0};
	struct kids k;
	unsigned next = 0;

	if (type.kind != CXType_Record)
		return;
	clang_Type_visitFields(type, collect_field, &fields);
	k = children(list);
	for (int i = 0; i < k.n; i++) {
		struct kids parts = children(k.c[i]);
		CXCursor field = clang_getNullCursor(), value = k.c[i];

		/* .field = value: a MemberRef, then the value */
		if (parts.n >= 2 && clang_getCursorKind(parts.c[0]) == CXCursor_MemberRef) {
			field = clang_getCursorReferenced(parts.c[0]);
			value = parts.c[parts.n - 1];
			for (unsigned j = 0; j < fields.n; j++)
				if (clang_equalCursors(fields.v[j], field))
					next = j + 1;
		} else if (next < fields.n) {
			field = fields.v[next++];
		}
		if (!clang_Cursor_isNull(field))
			cb(field, value, ctx);
		free(parts.c);
	}
	free(k.c);
	free(fields.v);
}

static int param_index(CXCursor fn, CXCursor parm)
{
	struct kids k = children(fn);
	int index = -1, seen = 0;

	for (int i = 0; i < k.n && index < 0; i++) {
		if (clang_getCursorKind(k.c[i]) != CXCursor_ParmDecl)
			continue;
		if (clang_equalCursors(k.c[i], parm))
			index = seen;
		seen++;
	}
	free(k.c);
	return index;
}

/* The single statement of a body that is `{ return e; }`: e, or null. */
static CXCursor only_return_value(CXCursor def)
{
	struct kids k = children(def), body = {0}, ret = {0};
	CXCursor value = clang_getNullCursor();

	if (k.n && clang_getCursorKind(k.c[k.n - 1]) == CXCursor_CompoundStmt)
		body = children(k.c[k.n - 1]);
	if (body.n == 1 && clang_getCursorKind(body.c[0]) == CXCursor_ReturnStmt)
		ret = children(body.c[0]);
	if (ret.n == 1)
		value = strip_parens_casts(ret.c[0]);
	free(ret.c);
	free(body.c);
	free(k.c);
	return value;
}

int header_accessor(CXCursor call, struct kids *members)
{
	CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(call)), e;
	int index = -1;

	*members = (struct kids){0};
	if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_FunctionDecl ||
	    clang_Location_isFromMainFile(clang_getCursorLocation(def)))
		return -1;
	for (e = only_return_value(def); clang_getCursorKind(e) == CXCursor_MemberRefExpr;) {
		struct kids base = children(e);
		GROW(members->c, members->n, members->cap);
		members->c[members->n++] = e;
		e = base.n == 1 ? strip_parens_casts(base.c[0]) : clang_getNullCursor();
		free(base.c);
	}
	if (members->n && clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
	    clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_ParmDecl)
		index = param_index(def, clang_getCursorReferenced(e));
	if (index < 0) {
		free(members->c);
		*members = (struct kids){0};
		return -1;
	}
	/* from the parameter outwards, as a caller's path is built */
	for (int i = 0, j = members->n - 1; i < j; i++, j--) {
		CXCursor t = members->c[i];
		members->c[i] = members->c[j];
		members->c[j] = t;
	}
	return index;
}
