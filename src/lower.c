/* Expressions -> events over access paths. A call becomes a CALL event (a
 * catalog API, or a late call to a function with a page going in or out),
 * an assignment an ASSIGN event between paths; conditions become branches
 * with what each edge says about the tested value. Everything else that
 * carries no page is dropped. */
#include "lower.h"
#include "ast.h"
#include "lower_held.h"
#include "lower_mapping.h"
#include "lower_member.h"
#include "page_type.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void init_field(CXCursor field, CXCursor value, void *ctx);
static int test_value(struct builder *b, int tested, enum outcome when_true, struct loc loc);

static int emit_api_call(struct builder *b, const struct api *api, int *args,
			 int nargs, bool want, CXCursor c)
{
	struct loc loc = cursor_loc(c);
	struct event *ev;
	int page_arg = api->page >= 0 && api->page < nargs ? args[api->page] : VAL_NONE;

	/* the page is a field of the argument: pipe_buf_get(pipe, buf) -> buf->page */
	if (api->member_field && page_arg >= 0) {
		struct strbuf sb = {0};
		sb_addf(&sb, "%s->%s", b->fn->paths[page_arg].name, api->member_field);
		page_arg = path_intern(b, sb.buf, api->member_struct, api->member_field);
		sb_release(&sb);
		args[api->page] = page_arg;
	}
	if (api->cls == API_CONVERT) {
		free(args);
		return page_arg;
	}
	if (api->page >= 0 && page_arg >= 0)
		path_ensure_root(b, api->page_array ? path_elements(b, page_arg) : page_arg);
	ev = event_emit(b, EV_CALL, loc);
	ev->api = api;
	ev->callee = api->name;
	ev->args = args;
	ev->nargs = nargs;
	if (api->has_mapping)	/* a macro's arguments are tokens: not read */
		lower_mapping_args(b, c, api->name, ev);
	if (api->page == PAGE_RETURN || (api->page_array && api->origin)) {
		char name[256];
		snprintf(name, sizeof(name), "%s()", api->name);
		ev->obj = object_new(b, OBJ_CALL, name, api->origin, loc, api->name);
		/* an extraction of the pages a wrap put in the iterator: their
		 * origin is what the tree's wraps stored there */
		if (ev->obj >= 0 && api->from_field && !api->summary)
			b->fn->objs[ev->obj].field = xstrdup(api->from_field);
	}
	/* a page put into a field of the argument (skb_page_frag_refill()
	 * fills pfrag->page) */
	if (api->cls == API_ORIGIN && api->member_field && page_arg >= 0)
		ev->obj = object_new(b, OBJ_CALL, b->fn->paths[page_arg].name, api->origin, loc,
				     api->name);
	/* the page as it is on the edge where the test proves it never secure */
	if (api->cls == API_NOT_SECURE && page_arg >= 0)
		ev->obj = object_new(b, OBJ_ASSIGN, b->fn->paths[page_arg].name,
				     ORIGIN_NOT_SECURE, loc, api->name);
	/* a pointer into the page's contents, which the builder follows */
	if (api->cls == API_CPU_MAP)
		return held_map_result(b, page_arg);
	if (want || api->page == PAGE_RETURN)
		ev->dest = path_temp(b);
	return ev->dest;
}

/* A call to a function the catalog does not know, with a page going in or
 * coming out: kept, so that a summary computed later (of this file or of
 * another) can be applied to it, and so that its page arguments tell the
 * callee where its parameters come from. A page it hands back is of
 * unknown origin until a summary says otherwise. */
static int emit_late_call(struct builder *b, const char *name, int *args, int nargs,
			  bool returns_page, int out_arg, bool want, CXCursor c)
{
	struct loc loc = cursor_loc(c);
	struct event *ev;
	char produced[256];

	for (int i = 0; i < nargs; i++)
		path_ensure_root(b, i == out_arg ? path_elements(b, args[i]) : args[i]);
	ev = event_emit(b, EV_CALL, loc);
	ev->late = true;
	ev->callee = function_own(b->fn, name);
	ev->args = args;
	ev->nargs = nargs;
	snprintf(produced, sizeof(produced), "%s()", name);
	if (out_arg >= 0) {	/* a helper that may fill the caller's pages[] */
		ev->out_arg = out_arg;
		ev->out_obj = object_new(b, OBJ_ASSIGN, produced, ORIGIN_UNKNOWN, loc, NULL);
	}
	/* a value used (if (make_ok(page))) is a result a summary may give
	 * meaning to: a guard's, or the count of pages a helper filled */
	if (want && !returns_page)
		ev->dest = path_temp(b);
	if (!returns_page)
		return ev->dest;
	/* its summary, once known, may look the page up in a mapping */
	lower_mapping_args(b, c, name, ev);
	ev->obj = object_new(b, OBJ_ASSIGN, produced, ORIGIN_UNKNOWN, loc, NULL);
	ev->dest = path_temp(b);
	return ev->dest;
}

/* An argument written as an access path ("page", "&buf->page", "pages[i]")
 * names that path; anything else (a call, arithmetic) names none. */
static int path_from_tokens(struct builder *b, struct token_span span)
{
	char *name = tokens_access_path(&b->tm, span.from, span.to);
	int r = name ? path_intern(b, name, NULL, NULL) : VAL_NONE;

	free(name);
	return r;
}

/* A catalog API used through a macro (pte_page(), folio_start_writeback(),
 * alloc_page()): matched by the macro's name at the expansion site, its
 * arguments read from the tokens of the invocation. */
static bool macro_call(struct builder *b, CXCursor c, bool want, int *result)
{
	const struct token *name;
	const struct api *api;
	struct token_span *spans;
	unsigned end;
	int *args, nargs;
	bool whole;

	name = tokens_invocation_name(&b->tm, c, &end);
	if (!name)
		return false;
	api = catalog_find_in(b->cat, name->text, b->fn->name);
	/* a CPU access written as a macro is matched at the real call inside
	 * (a fortified copy calls the compiler's builtin with the caller's
	 * own expressions): its arguments' types and values are needed */
	if (!api || api->cls == API_CPU_ACCESS)
		return false;
	if (clang_getCursorKind(c) == CXCursor_CallExpr) {
		char *callee = callee_name(c);
		bool real_call = !strcmp(callee, name->text);
		free(callee);
		if (real_call)
			return false;
	}
	whole = tokens_invocation_args(&b->tm, name, end, &spans, &nargs);
	args = nargs ? xcalloc((size_t)nargs, sizeof(int)) : NULL;
	for (int i = 0; i < nargs; i++)
		args[i] = path_from_tokens(b, spans[i]);
	free(spans);
	/* the cursor must be the whole invocation, not a part of it */
	if (!whole) {
		free(args);
		return false;
	}
	*result = emit_api_call(b, api, args, nargs, want, c);
	return true;
}

/* A call of name (a catalog API or a late call) with arguments lowered
 * already (page_args: those that are pages); args is the event's. */
static int emit_named(struct builder *b, const char *name, int *args, int n, unsigned page_args,
		      bool returns_page, int out_arg, bool want, CXCursor c)
{
	const struct api *api = catalog_find_in(b->cat, name, b->fn->name);
	int r;

	if (api) {
		r = emit_api_call(b, api, args, n, want, c);
		return api->returns_arg && api->value_arg < n ? args[api->value_arg] : r;
	}
	for (int i = 0; i < n; i++)
		if (i >= 32 || !((page_args >> i) & 1))
			args[i] = VAL_NONE;
	if (page_args || returns_page)
		return emit_late_call(b, name, args, n, returns_page, out_arg, want, c);
	free(args);
	return VAL_NONE;
}

/* A call through a function-pointer variable: a call of each function or
 * field stored in it, each on a path of its own, joined after. */
static int call_held(struct builder *b, CXCursor c, bool want, const char *const *names,
		     int nnames)
{
	int n = clang_Cursor_getNumArguments(c), out_arg = -1, from, join, v, r = VAL_NONE;
	int *args = xcalloc((size_t)(n > 0 ? n : 0) + 1, sizeof(int));
	bool returns_page = type_is_page(b->cat, clang_getCursorType(c));
	struct loc loc = cursor_loc(c);
	unsigned page_args = 0;

	for (int i = 0; i < n; i++) {
		CXType t = clang_getCursorType(clang_Cursor_getArgument(c, i));
		args[i] = lower_expr(b, clang_Cursor_getArgument(c, i), true);
		if (i < 32 && type_is_page(b->cat, t) && args[i] >= 0)
			page_args |= 1u << i;
		if (out_arg < 0 && args[i] >= 0 && type_is_page_array(b->cat, t))
			out_arg = i;
	}
	if (nnames == 1)
		return emit_named(b, names[0], args, n, page_args, returns_page, out_arg, want, c);
	from = b->cur;
	join = block_new(b);
	if (want || returns_page)
		r = path_temp(b);
	for (int i = 0; i < nnames; i++) {
		int *copy = xcalloc((size_t)(n > 0 ? n : 0) + 1, sizeof(int));
		memcpy(copy, args, (size_t)(n > 0 ? n : 0) * sizeof(int));
		b->cur = block_new(b);
		block_add_succ(b, from, b->cur);
		v = emit_named(b, names[i], copy, n, page_args, returns_page, out_arg, want, c);
		if (r >= 0 && v != VAL_NONE)
			lower_assign(b, r, v, c, clang_getNullCursor(), loc);
		block_jump(b, join);
	}
	b->fn->blocks[from].term = TERM_JUMP;
	b->cur = join;
	free(args);
	return r;
}

/* A header's `return p->a.b;` (skb_frag_page(frag) is frag->bv_page):
 * the call is that path over the argument's, so a reference taken on one
 * call's page and the I/O on another call's are on one page. VAL_NONE,
 * with nothing lowered, when the callee is no such accessor. */
static int accessor_call(struct builder *b, CXCursor c)
{
	int n = clang_Cursor_getNumArguments(c), r = VAL_NONE;
	struct kids members;
	int param = header_accessor(c, &members);

	if (param < 0 || param >= n) {
		free(members.c);
		return VAL_NONE;
	}
	for (int i = 0; i < n; i++) {
		int v = lower_expr(b, clang_Cursor_getArgument(c, i), i == param);
		if (i == param)
			r = v;
	}
	for (int i = 0; i < members.n; i++)
		r = lower_member_path(b, r, members.c[i]);
	free(members.c);
	return r;
}

static int call(struct builder *b, CXCursor c, bool want)
{
	char *name = callee_name(c);
	int n = clang_Cursor_getNumArguments(c);
	const struct api *api = catalog_find_in(b->cat, name, b->fn->name);
	int *args = NULL, r = VAL_NONE, out_arg = -1, nheld;
	bool pages = false, returns_page = type_is_page(b->cat, clang_getCursorType(c));
	const char *const *held;
	struct kids k;

	if (n < 0)
		n = 0;
	if (name_list_has(&b->cat->transparent, name) && n > 0) {
		r = lower_expr(b, clang_Cursor_getArgument(c, 0), want);
		for (int i = 1; i < n; i++)
			lower_expr(b, clang_Cursor_getArgument(c, i), false);
		free(name);
		return r;
	}
	if (!api && returns_page && (r = accessor_call(b, c)) != VAL_NONE) {
		free(name);
		return r;
	}
	if (!api && (nheld = held_callees(b, c, &held)) > 0) {
		free(name);
		return call_held(b, c, want, held, nheld);
	}
	/* an indirect call: evaluate the callee expression for its events */
	k = children(c);
	if (k.n > 0 && clang_getCursorKind(strip_parens_casts(k.c[0])) != CXCursor_DeclRefExpr)
		lower_expr(b, k.c[0], false);
	free(k.c);
	args = xcalloc((size_t)n, sizeof(int));
	for (int i = 0; i < n; i++) {
		CXCursor arg = clang_Cursor_getArgument(c, i);
		bool page = type_is_page(b->cat, clang_getCursorType(arg));
		args[i] = lower_expr(b, arg, api != NULL || page);
		if (!api && !page)
			args[i] = VAL_NONE;
		pages |= page && args[i] >= 0;
		if (out_arg < 0 && args[i] >= 0 && type_is_page_array(b->cat, clang_getCursorType(arg)))
			out_arg = i;
	}
	/* a copy that touches no page (most of them) is no event */
	if (api && api->cls == API_CPU_ACCESS && !held_access_args(b, c, api, args, n)) {
		free(name);
		free(args);
		return VAL_NONE;
	}
	if (api) {
		free(name);
		r = emit_api_call(b, api, args, n, want, c);
		/* a summarized helper that hands its page argument back */
		if (api->returns_arg && api->value_arg < n)
			return args[api->value_arg];
		return r;
	}
	if (name_list_has(&b->cat->noreturn, name)) {
		free(args);
		b->fn->blocks[b->cur].term = TERM_NONE;
		b->cur = block_new(b);
	} else if (pages || returns_page) {
		r = emit_late_call(b, name, args, n, returns_page, out_arg, want, c);
	} else {
		free(args);
	}
	free(name);
	return r;
}

void lower_assign(struct builder *b, int dst, int src, CXCursor lhs, CXCursor rhs,
		   struct loc loc)
{
	struct event *ev;
	long long v;

	if (dst < 0)
		return;
	held_store_callee(b, dst, lhs, rhs);
	ev = event_emit(b, EV_ASSIGN, loc);
	ev->dest = dst;
	ev->src = src;
	if (!clang_Cursor_isNull(rhs) && cursor_int_value(rhs, &v) && v < 0)
		ev->negative_const = true;
	if (type_is_page(b->cat, clang_getCursorType(lhs))) {
		if (src >= 0)
			path_ensure_root(b, src);
		else if (src == VAL_UNKNOWN)
			ev->obj = object_new(b, OBJ_ASSIGN, b->fn->paths[dst].name,
					     ORIGIN_UNKNOWN, loc, NULL);
	}
	held_store_pointer(b, dst, src, loc);	/* after: it may add an event */
}

/* x += n, x++: the value is no longer a tested call's result; it still
 * points into the same pages. */
static void modified(struct builder *b, int path, CXCursor c)
{
	struct event *ev;

	if (path < 0)
		return;
	ev = event_emit(b, EV_ASSIGN, cursor_loc(c));
	ev->dest = path;
	ev->src = path;
}

static int member(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int base = k.n > 0 ? lower_expr(b, k.c[0], true) : VAL_NONE;

	free(k.c);
	return lower_member_path(b, base, c);
}

static int conditional(struct builder *b, CXCursor c, bool want)
{
	struct kids k = children(c);
	int t = block_new(b), f = block_new(b), j = block_new(b), tmp = path_temp(b);
	int v;

	if (k.n < 2) {
		free(k.c);
		return VAL_NONE;
	}
	lower_cond(b, k.c[0], t, f);
	b->cur = t;
	/* GNU a ?: b has no middle operand: the value is the condition's */
	v = k.n == 3 ? lower_expr(b, k.c[1], want) : VAL_NONE;
	if (v != VAL_NONE)
		lower_assign(b, tmp, v, c, clang_getNullCursor(), cursor_loc(c));
	block_jump(b, j);
	b->cur = f;
	v = lower_expr(b, k.c[k.n - 1], want);
	if (v != VAL_NONE)
		lower_assign(b, tmp, v, c, clang_getNullCursor(), cursor_loc(c));
	block_jump(b, j);
	b->cur = j;
	free(k.c);
	return tmp;
}

static int stmt_expr(struct builder *b, CXCursor c, bool want)
{
	struct kids k = children(c), body;
	int r = VAL_NONE;

	if (k.n != 1) {
		free(k.c);
		return VAL_NONE;
	}
	body = children(k.c[0]);
	for (int i = 0; i < body.n; i++) {
		if (i == body.n - 1 && clang_isExpression(clang_getCursorKind(body.c[i])))
			r = lower_expr(b, body.c[i], want);
		else
			b->stmt(b, body.c[i]);
	}
	free(body.c);
	free(k.c);
	return r;
}

bool lower_page_array_alias(struct builder *b, CXCursor var, CXCursor init)
{
	CXCursor from = strip_parens_casts(init), array;
	CXType t = clang_getCursorType(var);

	if (t.kind != CXType_Pointer || !type_is_page_array(b->cat, t) ||
	    clang_getCursorKind(from) != CXCursor_DeclRefExpr)
		return false;
	array = clang_getCursorReferenced(from);
	if (clang_getCursorKind(array) != CXCursor_VarDecl ||
	    clang_getCursorType(array).kind != CXType_ConstantArray ||
	    !type_is_page_array(b->cat, clang_getCursorType(array)))
		return false;
	GROW(b->aliases, b->naliases, b->caliases);
	b->aliases[b->naliases++] = (struct page_array_alias){var, cursor_spelling(from)};
	return true;
}

/* A page pointer (or array of them) declared at file scope is kept between
 * calls: stored and read as a field is (rules.h FILE_STATIC_VARIABLE). */
static const char *file_scope_page(struct builder *b, CXCursor var)
{
	CXType t = clang_getCursorType(var);

	if (clang_getCursorKind(var) != CXCursor_VarDecl ||
	    clang_getCursorKind(clang_getCursorSemanticParent(var)) != CXCursor_TranslationUnit ||
	    !(type_is_page(b->cat, t) || type_is_page_array(b->cat, t)))
		return NULL;
	return clang_Cursor_getStorageClass(var) == CX_SC_Static ? FILE_STATIC_VARIABLE
								 : GLOBAL_VARIABLE;
}

static int declared(struct builder *b, CXCursor c)
{
	CXCursor ref = clang_getCursorReferenced(c);
	enum CXCursorKind rk = clang_getCursorKind(ref);
	int r = VAL_NONE;

	for (int i = 0; i < b->naliases; i++)
		if (clang_equalCursors(b->aliases[i].var, ref))
			return path_intern(b, b->aliases[i].array, NULL, NULL);
	if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
		char *n = cursor_spelling(c);
		r = path_intern(b, n, file_scope_page(b, ref), n);
		free(n);
	}
	return r;
}

static int subscript(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int r = VAL_NONE;

	if (k.n == 2) {
		r = lower_expr(b, k.c[0], true);
		lower_expr(b, k.c[1], false);
		r = r >= 0 ? path_elements(b, r) : VAL_UNKNOWN;
	}
	free(k.c);
	return r;
}

/* &page, where page is one page: an array of one page whose element is
 * page itself (get_user_pages_fast(addr, 1, 0, &page) fills it), named
 * "&page" so that its elements are "page", not "page[]". &pages (an
 * array, or struct page ** for iov_iter_extract_pages()) stays pages. */
static int address_of(struct builder *b, CXCursor c, CXCursor operand, int r)
{
	struct strbuf sb = {0};
	CXType t = clang_getCanonicalType(clang_getCursorType(operand));

	if (r < 0 || t.kind != CXType_Pointer ||
	    !type_is_page_array(b->cat, clang_getCursorType(c)))
		return r;
	sb_addf(&sb, "&%s", b->fn->paths[r].name);
	r = path_intern(b, sb.buf, NULL, NULL);
	sb_release(&sb);
	return r;
}

static int unary(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	const char *op = tokens_unop(&b->tm, c);
	int r = VAL_NONE;

	if (k.n == 1) {
		r = lower_expr(b, k.c[0], true);
		if (op && !strcmp(op, "*"))
			r = path_elements(b, r);
		else if (op && (!strcmp(op, "++") || !strcmp(op, "--")))
			modified(b, r, c);
		else if (op && !strcmp(op, "&"))
			r = address_of(b, c, k.c[0], r);
		else if (op && !strcmp(op, "!"))
			r = test_value(b, r, OUT_FALSY, cursor_loc(c));
		else if (op)
			r = VAL_NONE;
	}
	free(k.c);
	return r;
}

static enum outcome compare_outcome(const char *op, bool against_zero)
{
	static const struct {
		const char *op;
		enum outcome zero, other;
	} table[] = {
		{"==", OUT_FALSY, OUT_FULL}, {"!=", OUT_TRUTHY, OUT_SHORT},
		{"<", OUT_NEG, OUT_SHORT},   {"<=", OUT_NEG, OUT_UNKNOWN},
		{">", OUT_TRUTHY, OUT_UNKNOWN}, {">=", OUT_NONNEG, OUT_FULL},
	};
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (!strcmp(op, table[i].op))
			return against_zero ? table[i].zero : table[i].other;
	return OUT_UNKNOWN;
}

static const char *mirror(const char *op)
{
	if (!strcmp(op, "<"))
		return ">";
	if (!strcmp(op, ">"))
		return "<";
	if (!strcmp(op, "<="))
		return ">=";
	if (!strcmp(op, ">="))
		return "<=";
	return op;
}

/* ok = err == 0, ok = !err: a value that tests another. Its own path,
 * so that a later branch on it (if (!ok)) tells what it says of the
 * tested call's result. */
static int test_value(struct builder *b, int tested, enum outcome when_true, struct loc loc)
{
	struct event *ev;
	int t;

	if (tested < 0 || when_true == OUT_UNKNOWN)
		return VAL_NONE;
	t = path_temp(b);
	ev = event_emit(b, EV_ASSIGN, loc);
	ev->dest = t;
	ev->src = tested;
	ev->test = when_true;
	return t;
}

/* l < r, l == r, ...: the value tests one side against the other, as the
 * same comparison in a condition does (lower_cond()). */
static int comparison(struct builder *b, CXCursor c, const char *op, CXCursor lhs,
		      CXCursor rhs)
{
	CXCursor side = lhs, other = rhs;
	int r;

	if (is_null_constant(lhs)) {
		side = rhs, other = lhs;
		op = mirror(op);
	}
	r = lower_expr(b, side, true);
	lower_expr(b, other, false);
	return test_value(b, r, compare_outcome(op, is_null_constant(other)), cursor_loc(c));
}

/* l op r other than = and ,: its value is a page only as pointer
 * arithmetic, which stays inside the same group. */
static int arithmetic(struct builder *b, CXCursor c, enum CXCursorKind kind, const char *op,
		      CXCursor lhs, CXCursor rhs)
{
	int l, r;

	if (kind == CXCursor_BinaryOperator && op && compare_outcome(op, true) != OUT_UNKNOWN)
		return comparison(b, c, op, lhs, rhs);
	l = lower_expr(b, lhs, true), r = lower_expr(b, rhs, true);

	if (kind == CXCursor_CompoundAssignOperator) {
		modified(b, l, c);
		return l;
	}
	if (op && (!strcmp(op, "+") || !strcmp(op, "-"))) {
		if (clang_getCursorType(lhs).kind == CXType_Pointer)
			return l;
		if (clang_getCursorType(rhs).kind != CXType_Pointer)
			return VAL_NONE;
		return r;
	}
	return VAL_NONE;
}

/* false when c has not two operands (then it is lowered as its parts) */
static bool binary(struct builder *b, CXCursor c, enum CXCursorKind kind, bool want, int *r)
{
	struct kids k = children(c);
	const char *op;

	if (k.n != 2) {
		free(k.c);
		return false;
	}
	op = kind == CXCursor_BinaryOperator ? tokens_binop(&b->tm, k.c[0]) : NULL;
	if (op && !strcmp(op, "=")) {
		int src = lower_expr(b, k.c[1], true);
		*r = lower_expr(b, k.c[0], true);
		lower_assign(b, *r, src, k.c[0], k.c[1], cursor_loc(c));
	} else if (op && !strcmp(op, ",")) {
		lower_expr(b, k.c[0], false);
		*r = lower_expr(b, k.c[1], want);
	} else {
		*r = arithmetic(b, c, kind, op, k.c[0], k.c[1]);
	}
	free(k.c);
	return true;
}

/* Any other expression: the events of its parts; a page value of its own
 * is one the analysis cannot name. */
static int parts(struct builder *b, CXCursor c, enum CXCursorKind kind)
{
	struct kids k = children(c);

	for (int i = 0; i < k.n; i++)
		if (clang_isExpression(clang_getCursorKind(k.c[i])))
			lower_expr(b, k.c[i], false);
		else if (clang_isStatement(clang_getCursorKind(k.c[i])))
			b->stmt(b, k.c[i]);
	free(k.c);
	if (clang_isExpression(kind) && type_is_page(b->cat, clang_getCursorType(c)))
		return VAL_UNKNOWN;
	return VAL_NONE;
}

int lower_expr(struct builder *b, CXCursor c, bool want)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	int r = VAL_NONE;
	CXCursor inner;
	bool found;

	if (macro_call(b, c, want, &r))
		return r;
	switch (kind) {
	case CXCursor_DeclRefExpr:
		return declared(b, c);
	case CXCursor_MemberRefExpr:
		return member(b, c);
	case CXCursor_CallExpr:
		return call(b, c, want);
	case CXCursor_ConditionalOperator:
		return conditional(b, c, want);
	case CXCursor_StmtExpr:
		return stmt_expr(b, c, want);
	case CXCursor_ParenExpr:
	case CXCursor_UnexposedExpr:
	case CXCursor_CStyleCastExpr:
		inner = last_expr_child(c, &found);
		if (found)
			return lower_expr(b, inner, want);
		break;
	case CXCursor_ArraySubscriptExpr:
		return subscript(b, c);
	case CXCursor_UnaryOperator:
		return unary(b, c);
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		if (binary(b, c, kind, want, &r))
			return r;
		break;
	case CXCursor_InitListExpr:
		init_list_each(c, init_field, b);
		return VAL_NONE;
	default:
		break;
	}
	return parts(b, c, kind);
}

/* (struct pipe_buffer){ .page = page, ... }: a store into the field, as
 * buf->page = page is (push_page() fills pipe buffers this way). */
static void init_field(CXCursor field, CXCursor value, void *ctx)
{
	struct builder *b = ctx;
	bool page = type_is_page(b->cat, clang_getCursorType(field));
	int src = lower_expr(b, value, page), dst;
	char *rec, *name;
	struct strbuf sb = {0};

	if (!page || src == VAL_NONE)
		return;
	rec = cursor_record_name(clang_getCursorSemanticParent(field));
	name = cursor_spelling(field);
	sb_addf(&sb, "{%s}.%s", rec, name);
	dst = path_intern(b, sb.buf, *rec ? rec : NULL, name);
	lower_assign(b, dst, src, field, value, cursor_loc(value));
	sb_release(&sb);
	free(rec);
	free(name);
}

/* ---- conditions ---- */

void lower_cond(struct builder *b, CXCursor c, int t, int f)
{
	enum CXCursorKind kind;
	struct kids k;
	long long v;
	int r;

	c = strip_parens_casts(c);
	kind = clang_getCursorKind(c);
	if (kind == CXCursor_IntegerLiteral && cursor_int_value(c, &v)) {
		block_jump(b, v ? t : f);	/* do { } while (0) */
		return;
	}
	if (kind == CXCursor_UnaryOperator) {
		const char *op = tokens_unop(&b->tm, c);
		k = children(c);
		if (k.n == 1 && (!op || !strcmp(op, "!"))) {
			/* an operator from a macro body is !! of likely()/unlikely() */
			if (op)
				lower_cond(b, k.c[0], f, t);
			else
				lower_cond(b, k.c[0], t, f);
			free(k.c);
			return;
		}
		free(k.c);
	}
	if (kind == CXCursor_CallExpr && !macro_call(b, c, true, &r)) {
		char *name = callee_name(c);
		int n = clang_Cursor_getNumArguments(c);
		bool transparent = name_list_has(&b->cat->transparent, name);
		bool null_check = name_list_has(&b->cat->null_checks, name);

		free(name);
		if (transparent && n > 0) {
			lower_cond(b, clang_Cursor_getArgument(c, 0), t, f);
			return;
		}
		if (null_check && n == 1) {
			r = lower_expr(b, clang_Cursor_getArgument(c, 0), true);
			block_branch(b, r, OUT_ERR, t, f);
			return;
		}
	}
	if (kind == CXCursor_BinaryOperator) {
		k = children(c);
		const char *op = k.n == 2 ? tokens_binop(&b->tm, k.c[0]) : NULL;
		if (op && (!strcmp(op, "&&") || !strcmp(op, "||"))) {
			int mid = block_new(b);
			if (op[0] == '&')
				lower_cond(b, k.c[0], mid, f);
			else
				lower_cond(b, k.c[0], t, mid);
			b->cur = mid;
			lower_cond(b, k.c[1], t, f);
			free(k.c);
			return;
		}
		if (op && compare_outcome(op, true) != OUT_UNKNOWN) {	/* a comparison */
			int side = 0;
			bool zero;
			if (is_null_constant(k.c[0])) {
				side = 1;
				op = mirror(op);
			}
			zero = is_null_constant(k.c[1 - side]);
			r = lower_expr(b, k.c[side], true);
			lower_expr(b, k.c[1 - side], false);
			block_branch(b, r, compare_outcome(op, zero), t, f);
			free(k.c);
			return;
		}
		free(k.c);
	}
	r = lower_expr(b, c, true);
	block_branch(b, r, OUT_TRUTHY, t, f);
}

/* ---- statements ---- */

