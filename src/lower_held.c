/* What values that are no pages hold while a function is lowered (see
 * lower_held.h). Function pointers: a call through a variable is named
 * after what was stored in it before, in source order (ceph's
 * `sendpage = sock->ops->sendpage;` else `sock_no_sendpage`), a call of
 * each on a path of its own. Pointers into a page's contents: a variable
 * assigned a cpu_map call's value gets a path of its own in the IR (a
 * temporary, so that no store, return or branch takes it for the page),
 * assigned the page's objects where it is, and emptied where the variable
 * is assigned anything else; the dataflow then knows on which paths the
 * pointer still points into the page. */
#include "lower_held.h"
#include "ast.h"
#include "page_type.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct held_fn {
	char *var;
	char **names;		/* what was stored: functions, "struct.field" */
	int n, cap;
	bool unknown;		/* something nobody can name was stored too */
	const char **alts;	/* what a call may reach, as held_callees() said */
};

struct held_ptr {
	int ptr, page;
};

struct held {
	struct held_fn *fns;
	int nfns, cfns;
	struct held_ptr *maps;		/* a cpu_map call's value -> the page's path */
	int nmaps, cmaps;
	struct held_ptr *own;		/* a variable -> its pointer path */
	int nown, cown;
};

static struct held *held_of(struct builder *b)
{
	if (!b->held)
		b->held = xcalloc(1, sizeof(*b->held));
	return b->held;
}

/* ---- function pointers ---- */

static bool is_function_pointer(CXType t)
{
	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Pointer)
		return false;
	t = clang_getCanonicalType(clang_getPointeeType(t));
	return t.kind == CXType_FunctionProto || t.kind == CXType_FunctionNoProto;
}

static struct held_fn *fn_var(struct builder *b, const char *var, bool create)
{
	struct held *h = held_of(b);

	for (int i = 0; i < h->nfns; i++)
		if (!strcmp(h->fns[i].var, var))
			return &h->fns[i];
	if (!create)
		return NULL;
	GROW(h->fns, h->nfns, h->cfns);
	memset(&h->fns[h->nfns], 0, sizeof(h->fns[h->nfns]));
	h->fns[h->nfns].var = xstrdup(var);
	return &h->fns[h->nfns++];
}

static void add_name(struct held_fn *v, char *name)
{
	for (int i = 0; i < v->n; i++)
		if (!strcmp(v->names[i], name)) {
			free(name);
			return;
		}
	GROW(v->names, v->n, v->cap);
	v->names[v->n++] = name;
}

/* What rhs names: a function (&f too), a struct's function-pointer field,
 * another variable's functions, each arm of ?:; else it is unknown. */
static void store_names(struct builder *b, struct held_fn *v, CXCursor rhs, int depth)
{
	CXCursor e = strip_parens_casts(rhs), ref = clang_getCursorReferenced(e);
	enum CXCursorKind k = clang_getCursorKind(e), rk = clang_getCursorKind(ref);
	struct kids parts;

	if (depth > 4 || clang_Cursor_isNull(e)) {
		v->unknown = true;
		return;
	}
	if ((k == CXCursor_DeclRefExpr && rk == CXCursor_FunctionDecl) ||
	    (k == CXCursor_MemberRefExpr && rk == CXCursor_FieldDecl)) {
		add_name(v, callee_name(e));
		return;
	}
	if (k == CXCursor_DeclRefExpr && (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl)) {
		char *other = cursor_spelling(e);
		struct held_fn *o = strcmp(other, v->var) ? fn_var(b, other, false) : NULL;
		for (int i = 0; o && i < o->n; i++)
			add_name(v, xstrdup(o->names[i]));
		v->unknown |= !o || o->unknown;
		free(other);
		return;
	}
	parts = children(e);
	if (k == CXCursor_ConditionalOperator && parts.n == 3) {
		store_names(b, v, parts.c[1], depth + 1);
		store_names(b, v, parts.c[2], depth + 1);
	} else if (k == CXCursor_UnaryOperator && parts.n == 1) {
		store_names(b, v, parts.c[0], depth + 1);	/* &f */
	} else {
		v->unknown = true;
	}
	free(parts.c);
}

void held_store_callee(struct builder *b, int dst, CXCursor lhs, CXCursor rhs)
{
	const struct path *p = &b->fn->paths[dst];

	if (p->temp || p->strct || clang_Cursor_isNull(lhs) || clang_Cursor_isNull(rhs) ||
	    !is_function_pointer(clang_getCursorType(lhs)))
		return;
	store_names(b, fn_var(b, p->name, true), rhs, 0);
}

/* A variable whose value on entry nobody stored here: a parameter, or
 * one outside the function. */
static bool held_from_outside(CXCursor var)
{
	enum CXCursorKind k = clang_getCursorKind(clang_getCursorSemanticParent(var));

	return clang_getCursorKind(var) == CXCursor_ParmDecl || k != CXCursor_FunctionDecl;
}

int held_callees(struct builder *b, CXCursor call, const char *const **names)
{
	struct kids k = children(call);
	CXCursor callee = k.n > 0 ? strip_parens_casts(k.c[0]) : clang_getNullCursor();
	CXCursor ref = clang_getCursorReferenced(callee);
	struct held_fn *v = NULL;
	int n = 0;

	free(k.c);
	if (clang_getCursorKind(callee) == CXCursor_DeclRefExpr &&
	    (clang_getCursorKind(ref) == CXCursor_VarDecl ||
	     clang_getCursorKind(ref) == CXCursor_ParmDecl)) {
		char *var = cursor_spelling(callee);
		v = b->held ? fn_var(b, var, false) : NULL;
		free(var);
	}
	if (!v || !v->n)
		return 0;
	free(v->alts);
	v->alts = xcalloc((size_t)v->n + 1, sizeof(*v->alts));
	for (int i = 0; i < v->n; i++)
		v->alts[n++] = v->names[i];
	if (v->unknown || held_from_outside(ref))
		v->alts[n++] = v->var;	/* named by the variable, as an unknown call */
	*names = v->alts;
	return n;
}

/* ---- pointers into a page's contents ---- */

static int lookup(const struct held_ptr *v, int n, int ptr)
{
	for (int i = 0; i < n; i++)
		if (v[i].ptr == ptr)
			return v[i].page;
	return VAL_NONE;
}

int held_map_result(struct builder *b, int page)
{
	struct held *h = held_of(b);
	int t = path_temp(b);

	if (page >= 0) {
		GROW(h->maps, h->nmaps, h->cmaps);
		h->maps[h->nmaps++] = (struct held_ptr){t, page};
	}
	return t;
}

int held_page_of(struct builder *b, int ptr)
{
	int page;

	if (!b->held || ptr < 0)
		return VAL_NONE;
	page = lookup(b->held->maps, b->held->nmaps, ptr);
	return page != VAL_NONE ? page : lookup(b->held->own, b->held->nown, ptr);
}

void held_store_pointer(struct builder *b, int dst, int src, struct loc loc)
{
	int page = held_page_of(b, src), own;
	struct event *ev;

	if (!b->held || dst < 0 || dst == src)
		return;
	own = lookup(b->held->own, b->held->nown, dst);
	if (own == VAL_NONE && page == VAL_NONE)
		return;	/* neither points into a page */
	if (own == VAL_NONE) {
		own = path_temp(b);
		GROW(b->held->own, b->held->nown, b->held->cown);
		b->held->own[b->held->nown++] = (struct held_ptr){dst, own};
	}
	ev = event_emit(b, EV_ASSIGN, loc);
	ev->dest = own;
	ev->src = page;
}

void held_free(struct builder *b)
{
	struct held *h = b->held;

	if (!h)
		return;
	for (int i = 0; i < h->nfns; i++) {
		for (int j = 0; j < h->fns[i].n; j++)
			free(h->fns[i].names[j]);
		free(h->fns[i].names);
		free(h->fns[i].alts);
		free(h->fns[i].var);
	}
	free(h->fns);
	free(h->maps);
	free(h->own);
	free(h);
	b->held = NULL;
}

/* The arguments through which the CPU reads or writes a page's contents
 * name the page (a page argument, or a pointer into a page this function
 * mapped); the others name nothing, so that no copy of page pointers is
 * taken for a use of the pages. Whether any names a page. */
bool held_access_args(struct builder *b, CXCursor c, const struct api *api, int *args, int n)
{
	bool any = false;

	for (int i = 0; i < n; i++) {
		CXType t = clang_getCursorType(clang_Cursor_getArgument(c, i));
		if (i >= 32 || !((api->access_args >> i) & 1))
			args[i] = VAL_NONE;
		else if (!type_is_page(b->cat, t) || type_is_page_array(b->cat, t))
			args[i] = held_page_of(b, args[i]);
		any |= args[i] >= 0;
	}
	return any;
}
