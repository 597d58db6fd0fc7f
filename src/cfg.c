/* AST -> CFG lowering. Statements become blocks and edges (if/else, loops,
 * switch, goto, break/continue, return, ?:, && and ||, statement
 * expressions); expressions become three-address events over access paths
 * ("page", "buf->page", "pages[]" for any element of an array of pages).
 * Only what matters for pages is kept: catalog calls and assignments. */
#include "cfg.h"
#include "ops_tables.h"
#include "tokens.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct label {
	char *name;
	int block;
};

struct builder {
	CXTranslationUnit tu;
	const struct catalog *cat;
	struct function *fn;
	struct token_map tm;
	int cur;
	int *brk, nbrk, cbrk;
	int *cont, ncont, ccont;
	int sw_dispatch;
	bool sw_default;
	struct label *labels;
	int nlabels, clabels;
	int ntemps;
};

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

static char *spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

static struct loc cursor_loc(CXCursor c)
{
	unsigned line, col;

	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, &col, NULL);
	return (struct loc){line, col};
}

static bool type_is_page(CXType t)
{
	CXString s = clang_getTypeSpelling(clang_getCanonicalType(t));
	const char *p = clang_getCString(s);
	bool r = strstr(p, "struct page") || strstr(p, "struct folio");

	clang_disposeString(s);
	return r;
}

/* struct page ** (or struct page *[N]): an array of pages a callee may fill */
static bool type_is_page_array(CXType t)
{
	CXType c = clang_getCanonicalType(t), elem, page;

	if (c.kind == CXType_Pointer)
		elem = clang_getCanonicalType(clang_getPointeeType(c));
	else if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
		elem = clang_getCanonicalType(clang_getArrayElementType(c));
	else
		return false;
	if (elem.kind != CXType_Pointer)
		return false;
	page = clang_getCanonicalType(clang_getPointeeType(elem));
	return page.kind == CXType_Record && type_is_page(page);
}

/* ---- blocks ---- */

static int new_block(struct builder *b)
{
	struct function *fn = b->fn;

	GROW(fn->blocks, fn->nblocks, fn->cblocks);
	memset(&fn->blocks[fn->nblocks], 0, sizeof(struct block));
	fn->blocks[fn->nblocks].cond = VAL_NONE;
	fn->blocks[fn->nblocks].ret = VAL_NONE;
	return fn->nblocks++;
}

static void add_succ(struct builder *b, int from, int to)
{
	struct block *bl = &b->fn->blocks[from];

	GROW(bl->succ, bl->nsucc, bl->csucc);
	bl->succ[bl->nsucc++] = to;
}

static void jump(struct builder *b, int to)
{
	b->fn->blocks[b->cur].term = TERM_JUMP;
	add_succ(b, b->cur, to);
}

static void branch(struct builder *b, int cond, enum outcome on_true, int t, int f)
{
	struct block *bl = &b->fn->blocks[b->cur];

	bl->term = TERM_BRANCH;
	bl->cond = cond;
	bl->on_true = on_true;
	add_succ(b, b->cur, t);
	add_succ(b, b->cur, f);
}

static struct event *emit(struct builder *b, enum ev_kind kind, struct loc loc)
{
	struct block *bl = &b->fn->blocks[b->cur];

	GROW(bl->ev, bl->nev, bl->cev);
	memset(&bl->ev[bl->nev], 0, sizeof(struct event));
	bl->ev[bl->nev].kind = kind;
	bl->ev[bl->nev].loc = loc;
	bl->ev[bl->nev].obj = -1;
	bl->ev[bl->nev].out_arg = -1;
	bl->ev[bl->nev].out_obj = -1;
	bl->ev[bl->nev].dest = VAL_NONE;
	bl->ev[bl->nev].src = VAL_NONE;
	return &bl->ev[bl->nev++];
}

/* ---- paths and objects ---- */

static int intern(struct builder *b, const char *name, const char *strct,
		  const char *field)
{
	struct function *fn = b->fn;

	for (int i = 0; i < fn->npaths; i++)
		if (!fn->paths[i].temp && !strcmp(fn->paths[i].name, name)) {
			if (strct && !fn->paths[i].strct) {
				fn->paths[i].strct = xstrdup(strct);
				fn->paths[i].field = xstrdup(field);
			}
			return i;
		}
	GROW(fn->paths, fn->npaths, fn->cpaths);
	fn->paths[fn->npaths] = (struct path){
		.name = xstrdup(name), .root = -1,
		.strct = strct ? xstrdup(strct) : NULL,
		.field = field ? xstrdup(field) : NULL,
	};
	return fn->npaths++;
}

static int new_temp(struct builder *b)
{
	struct function *fn = b->fn;
	char name[32];

	snprintf(name, sizeof(name), "$%d", b->ntemps++);
	GROW(fn->paths, fn->npaths, fn->cpaths);
	fn->paths[fn->npaths] = (struct path){.name = xstrdup(name), .root = -1,
					      .temp = true};
	return fn->npaths++;
}

static int elements(struct builder *b, int path)
{
	struct strbuf sb = {0};
	const char *name;
	size_t len;
	int r;

	if (path < 0)
		return path;
	name = b->fn->paths[path].name;
	len = strlen(name);
	if (len >= 2 && !strcmp(name + len - 2, "[]"))
		return path;
	sb_addf(&sb, "%s[]", name);
	r = intern(b, sb.buf, NULL, NULL);
	sb_release(&sb);
	return r;
}

static int new_object(struct builder *b, enum obj_kind kind, const char *name,
		      unsigned origin, struct loc site, const char *api)
{
	struct function *fn = b->fn;
	struct object *o;

	if (fn->nobjs >= MAX_OBJS) {
		fn->too_many_objects = true;
		return -1;
	}
	o = &fn->objs[fn->nobjs];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->name = xstrdup(name);
	o->origin = origin;
	o->site = site;
	o->site_api = api;
	return fn->nobjs++;
}

static void ensure_root(struct builder *b, int path)
{
	struct path *p;
	unsigned origin = 0;

	if (path < 0 || b->fn->paths[path].temp || b->fn->paths[path].root >= 0)
		return;
	p = &b->fn->paths[path];
	if (p->strct)
		origin = catalog_field_origin(b->cat, p->strct, p->field);
	int o = new_object(b, OBJ_ROOT, p->name, origin ? origin : ORIGIN_UNKNOWN,
			   b->fn->loc, NULL);
	if (o >= 0) {
		b->fn->objs[o].origin_from_field = origin != 0;
		b->fn->paths[path].root = o;
		if (p->strct && !origin)
			b->fn->objs[o].field = catalog_field_key(b->cat, p->strct, p->field,
								 b->fn->file);
	}
}

/* ---- operators, read from the tokens ---- */

static const char *const binops[] = {
	"=", "==", "!=", "<=", ">=", "<", ">", "&&", "||", "+", "-", "*", "/",
	"%", "&", "|", "^", "<<", ">>", ",", NULL,
};
static const char *const unops[] = {"!", "&", "*", "-", "~", "+", "++", "--", NULL};

static const char *known(const char *s, const char *const *set)
{
	for (int i = 0; set[i]; i++)
		if (!strcmp(s, set[i]))
			return set[i];
	return NULL;
}

static const char *binop(struct builder *b, CXCursor lhs)
{
	unsigned off, i;

	if (!file_offset(clang_getRangeEnd(clang_getCursorExtent(lhs)), b->tm.file, &off))
		return NULL;
	i = tokens_at_or_after(&b->tm, off);
	return i < b->tm.n ? known(b->tm.tok[i].text, binops) : NULL;
}

static const char *unop(struct builder *b, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	const struct token *t;
	unsigned off, end, i;

	if (!file_offset(clang_getRangeStart(r), b->tm.file, &off))
		return NULL;
	t = tokens_exact(&b->tm, off);
	if (t && known(t->text, unops))
		return known(t->text, unops);
	if (file_offset(clang_getRangeEnd(r), b->tm.file, &end)) {
		i = tokens_at_or_after(&b->tm, end);
		if (i > 0 && (!strcmp(b->tm.tok[i - 1].text, "++") ||
			      !strcmp(b->tm.tok[i - 1].text, "--")))
			return b->tm.tok[i - 1].text;
	}
	return NULL;	/* from a macro body: unknown */
}

static CXCursor last_expr_child(CXCursor c, bool *found)
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

static bool int_value(CXCursor c, long long *v)
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
static CXCursor strip(CXCursor c)
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

static bool is_null_constant(CXCursor c)
{
	long long v;

	c = strip(c);
	if (clang_getCursorKind(c) != CXCursor_IntegerLiteral)
		return false;
	return int_value(c, &v) && v == 0;
}

/* The struct a field belongs to, by name: a field of an anonymous struct
 * or union (igbvf_buffer's rx members) belongs to the named one around it. */
char *cursor_record_name(CXCursor rec)
{
	for (int depth = 0; depth < 8; depth++) {
		char *name = spelling(rec);
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

/* A call through a struct's function pointer (buf->ops->get(...)) is
 * named "pipe_buf_operations.get", as the catalog names such calls. */
static char *callee_name(CXCursor call)
{
	CXCursor ref = clang_getCursorReferenced(call);

	if (!clang_Cursor_isNull(ref) &&
	    clang_getCursorKind(ref) == CXCursor_FunctionDecl)
		return spelling(ref);
	if (!clang_Cursor_isNull(ref) && clang_getCursorKind(ref) == CXCursor_FieldDecl) {
		char *rec = cursor_record_name(clang_getCursorSemanticParent(ref));
		char *field = spelling(ref);
		struct strbuf sb = {0};
		if (*rec)
			sb_addf(&sb, "%s.%s", rec, field);
		else
			sb_adds(&sb, field);
		free(rec);
		free(field);
		return sb_detach(&sb);
	}
	return spelling(call);
}

/* ---- expressions ---- */

static int lower(struct builder *b, CXCursor c, bool want);
static void init_field(CXCursor field, CXCursor value, void *ctx);
static void stmt(struct builder *b, CXCursor c);
static void cond_branch(struct builder *b, CXCursor c, int t, int f);

static int emit_api_call(struct builder *b, const struct api *api, int *args,
			 int nargs, bool want, struct loc loc)
{
	struct event *ev;
	int page_arg = api->page >= 0 && api->page < nargs ? args[api->page] : VAL_NONE;

	/* the page is a field of the argument: pipe_buf_get(pipe, buf) -> buf->page */
	if (api->member_field && page_arg >= 0) {
		struct strbuf sb = {0};
		sb_addf(&sb, "%s->%s", b->fn->paths[page_arg].name, api->member_field);
		page_arg = intern(b, sb.buf, api->member_struct, api->member_field);
		sb_release(&sb);
		args[api->page] = page_arg;
	}
	if (api->cls == API_CONVERT) {
		free(args);
		return page_arg;
	}
	if (api->page >= 0 && page_arg >= 0)
		ensure_root(b, api->page_array ? elements(b, page_arg) : page_arg);
	ev = emit(b, EV_CALL, loc);
	ev->api = api;
	ev->callee = api->name;
	ev->args = args;
	ev->nargs = nargs;
	if (api->page == PAGE_RETURN || (api->page_array && api->origin)) {
		char name[256];
		snprintf(name, sizeof(name), "%s()", api->name);
		ev->obj = new_object(b, OBJ_CALL, name, api->origin, loc, api->name);
	}
	/* a page put into a field of the argument (skb_page_frag_refill()
	 * fills pfrag->page) */
	if (api->cls == API_ORIGIN && api->member_field && page_arg >= 0)
		ev->obj = new_object(b, OBJ_CALL, b->fn->paths[page_arg].name, api->origin, loc,
				     api->name);
	/* the page as it is on the edge where the test proves it never secure */
	if (api->cls == API_NOT_SECURE && page_arg >= 0)
		ev->obj = new_object(b, OBJ_ASSIGN, b->fn->paths[page_arg].name,
				     ORIGIN_NOT_SECURE, loc, api->name);
	if (want || api->page == PAGE_RETURN)
		ev->dest = new_temp(b);
	return ev->dest;
}

/* A call to a function the catalog does not know, with a page going in or
 * coming out: kept, so that a summary computed later (of this file or of
 * another) can be applied to it, and so that its page arguments tell the
 * callee where its parameters come from. A page it hands back is of
 * unknown origin until a summary says otherwise. */
static int emit_late_call(struct builder *b, const char *name, int *args, int nargs,
			  bool returns_page, int out_arg, struct loc loc)
{
	struct event *ev;
	char produced[256];

	for (int i = 0; i < nargs; i++)
		ensure_root(b, i == out_arg ? elements(b, args[i]) : args[i]);
	ev = emit(b, EV_CALL, loc);
	ev->late = true;
	ev->callee = function_own(b->fn, name);
	ev->args = args;
	ev->nargs = nargs;
	snprintf(produced, sizeof(produced), "%s()", name);
	if (out_arg >= 0) {	/* a helper that may fill the caller's pages[] */
		ev->out_arg = out_arg;
		ev->out_obj = new_object(b, OBJ_ASSIGN, produced, ORIGIN_UNKNOWN, loc, NULL);
	}
	if (!returns_page)
		return VAL_NONE;
	ev->obj = new_object(b, OBJ_ASSIGN, produced, ORIGIN_UNKNOWN, loc, NULL);
	ev->dest = new_temp(b);
	return ev->dest;
}

/* An argument written as an access path ("page", "&buf->page", "pages[i]")
 * names that path; anything else (a call, arithmetic) names none. */
static int path_from_tokens(struct builder *b, unsigned from, unsigned to)
{
	struct strbuf sb = {0};
	int r = VAL_NONE;
	bool ok = from < to;

	if (ok && !strcmp(b->tm.tok[from].text, "&"))
		from++;
	for (unsigned i = from; ok && i < to; i++) {
		const struct token *t = &b->tm.tok[i];
		if (!strcmp(t->text, "[")) {
			int depth = 1;
			while (++i < to && depth)
				depth += !strcmp(b->tm.tok[i].text, "[") -
					 !strcmp(b->tm.tok[i].text, "]");
			i--;
			sb_adds(&sb, "[]");
		} else if (t->kind == CXToken_Identifier || !strcmp(t->text, "->") ||
			   !strcmp(t->text, ".")) {
			sb_adds(&sb, t->text);
		} else {
			ok = false;
		}
	}
	if (ok && sb.len)
		r = intern(b, sb.buf, NULL, NULL);
	sb_release(&sb);
	return r;
}

/* A catalog API used through a macro (pte_page(), folio_start_writeback(),
 * alloc_page()): matched by the macro's name at the expansion site, its
 * arguments read from the tokens of the invocation. */
static bool macro_call(struct builder *b, CXCursor c, bool want, int *result)
{
	CXSourceRange r = clang_getCursorExtent(c);
	unsigned s, e, i, start, depth = 0;
	const struct token *name;
	const struct api *api;
	int *args = NULL, nargs = 0, cargs = 0;

	if (!expansion_offset(clang_getRangeStart(r), b->tm.file, &s) ||
	    !expansion_offset(clang_getRangeEnd(r), b->tm.file, &e) || e <= s)
		return false;
	name = tokens_exact(&b->tm, s);
	if (!name || name->kind != CXToken_Identifier)
		return false;
	api = catalog_find(b->cat, name->text);
	if (!api)
		return false;
	if (clang_getCursorKind(c) == CXCursor_CallExpr) {
		char *callee = callee_name(c);
		bool real_call = !strcmp(callee, name->text);
		free(callee);
		if (real_call)
			return false;
	}
	i = (unsigned)(name - b->tm.tok) + 1;
	if (i >= b->tm.n || strcmp(b->tm.tok[i].text, "("))
		return false;
	for (start = ++i; i < b->tm.n; i++) {
		const char *t = b->tm.tok[i].text;
		bool close = !strcmp(t, ")") && depth == 0;

		if ((!strcmp(t, ",") && depth == 0) || close) {
			GROW(args, nargs, cargs);
			args[nargs++] = path_from_tokens(b, start, i);
			start = i + 1;
			if (close)
				break;
			continue;
		} else if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{")) {
			depth++;
		} else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}")) {
			depth--;
		}
	}
	/* the cursor must be the whole invocation, not a part of it */
	if (i >= b->tm.n || b->tm.tok[i].off + 1 != e) {
		free(args);
		return false;
	}
	*result = emit_api_call(b, api, args, nargs, want, cursor_loc(c));
	return true;
}

static int call(struct builder *b, CXCursor c, bool want)
{
	char *name = callee_name(c);
	int n = clang_Cursor_getNumArguments(c);
	const struct api *api = catalog_find(b->cat, name);
	int *args = NULL, r = VAL_NONE, out_arg = -1;
	bool pages = false, returns_page = type_is_page(clang_getCursorType(c));
	struct kids k;

	if (n < 0)
		n = 0;
	if (name_list_has(&b->cat->transparent, name) && n > 0) {
		r = lower(b, clang_Cursor_getArgument(c, 0), want);
		for (int i = 1; i < n; i++)
			lower(b, clang_Cursor_getArgument(c, i), false);
		free(name);
		return r;
	}
	/* an indirect call: evaluate the callee expression for its events */
	k = children(c);
	if (k.n > 0 && clang_getCursorKind(strip(k.c[0])) != CXCursor_DeclRefExpr)
		lower(b, k.c[0], false);
	free(k.c);
	args = xcalloc((size_t)n, sizeof(int));
	for (int i = 0; i < n; i++) {
		CXCursor arg = clang_Cursor_getArgument(c, i);
		bool page = type_is_page(clang_getCursorType(arg));
		args[i] = lower(b, arg, api != NULL || page);
		if (!api && !page)
			args[i] = VAL_NONE;
		pages |= page && args[i] >= 0;
		if (out_arg < 0 && args[i] >= 0 && type_is_page_array(clang_getCursorType(arg)))
			out_arg = i;
	}
	if (api) {
		free(name);
		r = emit_api_call(b, api, args, n, want, cursor_loc(c));
		/* a summarized helper that hands its page argument back */
		if (api->returns_arg && api->value_arg < n)
			return args[api->value_arg];
		return r;
	}
	if (name_list_has(&b->cat->noreturn, name)) {
		free(args);
		b->fn->blocks[b->cur].term = TERM_NONE;
		b->cur = new_block(b);
	} else if (pages || returns_page) {
		r = emit_late_call(b, name, args, n, returns_page, out_arg, cursor_loc(c));
	} else {
		free(args);
	}
	free(name);
	return r;
}

static void assign(struct builder *b, int dst, int src, CXCursor lhs, CXCursor rhs,
		   struct loc loc)
{
	struct event *ev;
	long long v;

	if (dst < 0)
		return;
	ev = emit(b, EV_ASSIGN, loc);
	ev->dest = dst;
	ev->src = src;
	if (!clang_Cursor_isNull(rhs) && int_value(rhs, &v) && v < 0)
		ev->negative_const = true;
	if (type_is_page(clang_getCursorType(lhs))) {
		if (src >= 0)
			ensure_root(b, src);
		else if (src == VAL_UNKNOWN)
			ev->obj = new_object(b, OBJ_ASSIGN, b->fn->paths[dst].name,
					     ORIGIN_UNKNOWN, loc, NULL);
	}
}

/* x += n, x++: the value is no longer a tested call's result; it still
 * points into the same pages. */
static void modified(struct builder *b, int path, CXCursor c)
{
	struct event *ev;

	if (path < 0)
		return;
	ev = emit(b, EV_ASSIGN, cursor_loc(c));
	ev->dest = path;
	ev->src = path;
}

static int member(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	CXCursor field = clang_getCursorReferenced(c);
	char *fname = spelling(c), *sname = NULL;
	int base = VAL_NONE, r;
	bool arrow = false;
	struct strbuf sb = {0};

	if (k.n > 0) {
		base = lower(b, k.c[0], true);
		arrow = clang_getCanonicalType(clang_getCursorType(k.c[0])).kind ==
			CXType_Pointer;
	}
	free(k.c);
	if (!clang_Cursor_isNull(field))
		sname = cursor_record_name(clang_getCursorSemanticParent(field));
	if (base == VAL_UNKNOWN || base == VAL_NONE)
		base = new_temp(b);
	/* &folio->page is the folio's own page: same object */
	if (sname && !strcmp(sname, "folio") && !strcmp(fname, "page")) {
		r = base;
	} else {
		const char *bn = b->fn->paths[base].name;
		size_t bl = strlen(bn);
		/* a member of an anonymous struct or union: buffer_info->page,
		 * as written, not buffer_info->.page */
		bool open = (bl >= 2 && !strcmp(bn + bl - 2, "->")) || (bl && bn[bl - 1] == '.');
		sb_addf(&sb, "%s%s%s", bn, open ? "" : arrow ? "->" : ".", fname);
		r = intern(b, sb.buf, sname && *sname ? sname : NULL, fname);
		sb_release(&sb);
	}
	free(fname);
	free(sname);
	return r;
}

static int conditional(struct builder *b, CXCursor c, bool want)
{
	struct kids k = children(c);
	int t = new_block(b), f = new_block(b), j = new_block(b), tmp = new_temp(b);
	int v;

	if (k.n < 2) {
		free(k.c);
		return VAL_NONE;
	}
	cond_branch(b, k.c[0], t, f);
	b->cur = t;
	/* GNU a ?: b has no middle operand: the value is the condition's */
	v = k.n == 3 ? lower(b, k.c[1], want) : VAL_NONE;
	if (v != VAL_NONE)
		assign(b, tmp, v, c, clang_getNullCursor(), cursor_loc(c));
	jump(b, j);
	b->cur = f;
	v = lower(b, k.c[k.n - 1], want);
	if (v != VAL_NONE)
		assign(b, tmp, v, c, clang_getNullCursor(), cursor_loc(c));
	jump(b, j);
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
			r = lower(b, body.c[i], want);
		else
			stmt(b, body.c[i]);
	}
	free(body.c);
	free(k.c);
	return r;
}

static int lower(struct builder *b, CXCursor c, bool want)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct kids k;
	int r = VAL_NONE, l;
	const char *op;

	if (macro_call(b, c, want, &r))
		return r;
	switch (kind) {
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		enum CXCursorKind rk = clang_getCursorKind(ref);
		if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
			char *n = spelling(c);
			r = intern(b, n, NULL, NULL);
			free(n);
		}
		return r;
	}
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
	case CXCursor_CStyleCastExpr: {
		bool found;
		CXCursor inner = last_expr_child(c, &found);
		if (found)
			return lower(b, inner, want);
		break;
	}
	case CXCursor_ArraySubscriptExpr:
		k = children(c);
		if (k.n == 2) {
			r = lower(b, k.c[0], true);
			lower(b, k.c[1], false);
			r = r >= 0 ? elements(b, r) : VAL_UNKNOWN;
		}
		free(k.c);
		return r;
	case CXCursor_UnaryOperator:
		k = children(c);
		op = unop(b, c);
		if (k.n == 1) {
			r = lower(b, k.c[0], true);
			if (op && !strcmp(op, "*"))
				r = elements(b, r);
			else if (op && (!strcmp(op, "++") || !strcmp(op, "--")))
				modified(b, r, c);
			else if (op && strcmp(op, "&"))
				r = VAL_NONE;
		}
		free(k.c);
		return r;
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		k = children(c);
		if (k.n != 2) {
			free(k.c);
			break;
		}
		op = kind == CXCursor_BinaryOperator ? binop(b, k.c[0]) : NULL;
		if (op && !strcmp(op, "=")) {
			int src = lower(b, k.c[1], true);
			r = lower(b, k.c[0], true);
			assign(b, r, src, k.c[0], k.c[1], cursor_loc(c));
		} else if (op && !strcmp(op, ",")) {
			lower(b, k.c[0], false);
			r = lower(b, k.c[1], want);
		} else {
			l = lower(b, k.c[0], true);
			r = lower(b, k.c[1], true);
			if (kind == CXCursor_CompoundAssignOperator) {
				r = l;
				modified(b, l, c);
			}
			else if (op && (!strcmp(op, "+") || !strcmp(op, "-"))) {
				/* pointer arithmetic stays inside the same group */
				if (clang_getCursorType(k.c[0]).kind == CXType_Pointer)
					r = l;
				else if (clang_getCursorType(k.c[1]).kind != CXType_Pointer)
					r = VAL_NONE;
			} else
				r = VAL_NONE;
		}
		free(k.c);
		return r;
	case CXCursor_InitListExpr:
		init_list_each(c, init_field, b);
		return VAL_NONE;
	default:
		break;
	}
	k = children(c);
	for (int i = 0; i < k.n; i++)
		if (clang_isExpression(clang_getCursorKind(k.c[i])))
			lower(b, k.c[i], false);
		else if (clang_isStatement(clang_getCursorKind(k.c[i])))
			stmt(b, k.c[i]);
	free(k.c);
	if (clang_isExpression(kind) && type_is_page(clang_getCursorType(c)))
		return VAL_UNKNOWN;
	return VAL_NONE;
}

/* (struct pipe_buffer){ .page = page, ... }: a store into the field, as
 * buf->page = page is (push_page() fills pipe buffers this way). */
static void init_field(CXCursor field, CXCursor value, void *ctx)
{
	struct builder *b = ctx;
	bool page = type_is_page(clang_getCursorType(field));
	int src = lower(b, value, page), dst;
	char *rec, *name;
	struct strbuf sb = {0};

	if (!page || src == VAL_NONE)
		return;
	rec = cursor_record_name(clang_getCursorSemanticParent(field));
	name = spelling(field);
	sb_addf(&sb, "{%s}.%s", rec, name);
	dst = intern(b, sb.buf, *rec ? rec : NULL, name);
	assign(b, dst, src, field, value, cursor_loc(value));
	sb_release(&sb);
	free(rec);
	free(name);
}

/* ---- conditions ---- */

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

static void cond_branch(struct builder *b, CXCursor c, int t, int f)
{
	enum CXCursorKind kind;
	struct kids k;
	long long v;
	int r;

	c = strip(c);
	kind = clang_getCursorKind(c);
	if (kind == CXCursor_IntegerLiteral && int_value(c, &v)) {
		jump(b, v ? t : f);	/* do { } while (0) */
		return;
	}
	if (kind == CXCursor_UnaryOperator) {
		const char *op = unop(b, c);
		k = children(c);
		if (k.n == 1 && (!op || !strcmp(op, "!"))) {
			/* an operator from a macro body is !! of likely()/unlikely() */
			if (op)
				cond_branch(b, k.c[0], f, t);
			else
				cond_branch(b, k.c[0], t, f);
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
			cond_branch(b, clang_Cursor_getArgument(c, 0), t, f);
			return;
		}
		if (null_check && n == 1) {
			r = lower(b, clang_Cursor_getArgument(c, 0), true);
			branch(b, r, OUT_ERR, t, f);
			return;
		}
	}
	if (kind == CXCursor_BinaryOperator) {
		k = children(c);
		const char *op = k.n == 2 ? binop(b, k.c[0]) : NULL;
		if (op && (!strcmp(op, "&&") || !strcmp(op, "||"))) {
			int mid = new_block(b);
			if (op[0] == '&')
				cond_branch(b, k.c[0], mid, f);
			else
				cond_branch(b, k.c[0], t, mid);
			b->cur = mid;
			cond_branch(b, k.c[1], t, f);
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
			r = lower(b, k.c[side], true);
			lower(b, k.c[1 - side], false);
			branch(b, r, compare_outcome(op, zero), t, f);
			free(k.c);
			return;
		}
		free(k.c);
	}
	r = lower(b, c, true);
	branch(b, r, OUT_TRUTHY, t, f);
}

/* ---- statements ---- */

static int label_block(struct builder *b, const char *name)
{
	for (int i = 0; i < b->nlabels; i++)
		if (!strcmp(b->labels[i].name, name))
			return b->labels[i].block;
	GROW(b->labels, b->nlabels, b->clabels);
	b->labels[b->nlabels].name = xstrdup(name);
	b->labels[b->nlabels].block = new_block(b);
	return b->labels[b->nlabels++].block;
}

static void push(int **stack, int *n, int *cap, int v)
{
	GROW(*stack, *n, *cap);
	(*stack)[(*n)++] = v;
}

static void loop_body(struct builder *b, CXCursor body, int brk, int cont)
{
	push(&b->brk, &b->nbrk, &b->cbrk, brk);
	push(&b->cont, &b->ncont, &b->ccont, cont);
	stmt(b, body);
	b->nbrk--;
	b->ncont--;
}

/* Which of a for statement's children are init, condition and increment:
 * libclang leaves absent ones out, so the header's semicolons decide. */
static void for_parts(struct builder *b, CXCursor c, struct kids *k, int part[4])
{
	unsigned semi[2] = {0, 0}, off, i;
	int nsemi = 0, depth = 0;

	for (int j = 0; j < 4; j++)
		part[j] = -1;
	part[3] = k->n - 1;
	if (k->n == 4) {
		part[0] = 0, part[1] = 1, part[2] = 2;
		return;
	}
	if (k->n <= 1)
		return;
	if (file_offset(clang_getRangeStart(clang_getCursorExtent(c)), b->tm.file, &off)) {
		for (i = tokens_at_or_after(&b->tm, off); i < b->tm.n && nsemi < 2; i++) {
			const char *t = b->tm.tok[i].text;
			if (!strcmp(t, "("))
				depth++;
			else if (!strcmp(t, ")"))
				depth--;
			else if (!strcmp(t, ";") && depth == 1)
				semi[nsemi++] = b->tm.tok[i].off;
		}
	}
	for (int j = 0; j < k->n - 1; j++) {
		unsigned s;
		int slot = 1;	/* without the header's tokens: a condition */
		if (nsemi == 2 && file_offset(clang_getRangeStart(clang_getCursorExtent(k->c[j])),
					      b->tm.file, &s))
			slot = s < semi[0] ? 0 : s < semi[1] ? 1 : 2;
		part[slot] = j;
	}
}

static void stmt_for(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int part[4], head, body, inc, exit;

	for_parts(b, c, &k, part);
	if (part[0] >= 0)
		stmt(b, k.c[part[0]]);
	head = new_block(b), body = new_block(b), inc = new_block(b), exit = new_block(b);
	jump(b, head);
	b->cur = head;
	if (part[1] >= 0)
		cond_branch(b, k.c[part[1]], body, exit);
	else
		jump(b, body);
	b->cur = body;
	if (k.n > 0)
		loop_body(b, k.c[part[3]], exit, inc);
	jump(b, inc);
	b->cur = inc;
	if (part[2] >= 0)
		lower(b, k.c[part[2]], false);
	jump(b, head);
	b->cur = exit;
	free(k.c);
}

static void stmt_switch(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int saved_dispatch = b->sw_dispatch, exit = new_block(b);
	bool saved_default = b->sw_default;

	if (k.n < 2) {
		free(k.c);
		return;
	}
	lower(b, k.c[0], false);
	b->sw_dispatch = b->cur;
	b->sw_default = false;
	b->fn->blocks[b->cur].term = TERM_JUMP;
	b->cur = new_block(b);	/* code before the first case is unreachable */
	push(&b->brk, &b->nbrk, &b->cbrk, exit);
	stmt(b, k.c[k.n - 1]);
	b->nbrk--;
	jump(b, exit);
	if (!b->sw_default)
		add_succ(b, b->sw_dispatch, exit);
	b->sw_dispatch = saved_dispatch;
	b->sw_default = saved_default;
	b->cur = exit;
	free(k.c);
}

static void stmt_case(struct builder *b, CXCursor c, bool is_default)
{
	struct kids k = children(c);
	int blk = new_block(b);

	jump(b, blk);	/* fallthrough from the previous case */
	if (b->sw_dispatch >= 0)
		add_succ(b, b->sw_dispatch, blk);
	if (is_default)
		b->sw_default = true;
	b->cur = blk;
	if (k.n > 0)
		stmt(b, k.c[k.n - 1]);
	free(k.c);
}

static bool returns_error(struct builder *b, CXCursor e)
{
	long long v;

	e = strip(e);
	if (int_value(e, &v))
		return v < 0;
	if (clang_getCursorKind(e) == CXCursor_CallExpr) {
		char *name = callee_name(e);
		bool r = name_list_has(&b->cat->error_returns, name);
		free(name);
		return r;
	}
	return false;
}

static void stmt(struct builder *b, CXCursor c)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct kids k;
	int t, f, j;

	switch (kind) {
	case CXCursor_IfStmt:
		k = children(c);
		if (k.n < 2)
			break;
		t = new_block(b), j = new_block(b);
		f = k.n > 2 ? new_block(b) : j;
		cond_branch(b, k.c[0], t, f);
		b->cur = t;
		stmt(b, k.c[1]);
		jump(b, j);
		if (k.n > 2) {
			b->cur = f;
			stmt(b, k.c[2]);
			jump(b, j);
		}
		b->cur = j;
		free(k.c);
		return;
	case CXCursor_WhileStmt:
		k = children(c);
		if (k.n < 2)
			break;
		t = new_block(b), f = new_block(b), j = new_block(b);
		jump(b, t);
		b->cur = t;
		cond_branch(b, k.c[0], f, j);
		b->cur = f;
		loop_body(b, k.c[1], j, t);
		jump(b, t);
		b->cur = j;
		free(k.c);
		return;
	case CXCursor_DoStmt:
		k = children(c);
		if (k.n < 2)
			break;
		t = new_block(b), f = new_block(b), j = new_block(b);
		jump(b, t);
		b->cur = t;
		loop_body(b, k.c[0], j, f);
		jump(b, f);
		b->cur = f;
		cond_branch(b, k.c[1], t, j);
		b->cur = j;
		free(k.c);
		return;
	case CXCursor_ForStmt:
		stmt_for(b, c);
		return;
	case CXCursor_SwitchStmt:
		stmt_switch(b, c);
		return;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		stmt_case(b, c, kind == CXCursor_DefaultStmt);
		return;
	case CXCursor_LabelStmt: {
		char *name = spelling(c);
		t = label_block(b, name);
		free(name);
		jump(b, t);
		b->cur = t;
		k = children(c);
		if (k.n > 0)
			stmt(b, k.c[k.n - 1]);
		free(k.c);
		return;
	}
	case CXCursor_GotoStmt: {
		k = children(c);
		if (k.n > 0) {
			char *name = spelling(k.c[0]);
			jump(b, label_block(b, name));
			free(name);
		}
		free(k.c);
		b->cur = new_block(b);
		return;
	}
	case CXCursor_BreakStmt:
	case CXCursor_ContinueStmt:
		if (kind == CXCursor_BreakStmt ? b->nbrk : b->ncont)
			jump(b, kind == CXCursor_BreakStmt ? b->brk[b->nbrk - 1]
							   : b->cont[b->ncont - 1]);
		b->cur = new_block(b);
		return;
	case CXCursor_ReturnStmt: {
		struct block *bl;
		int v = VAL_NONE;
		bool err = false;
		k = children(c);
		if (k.n > 0) {
			v = lower(b, k.c[0], true);
			err = returns_error(b, k.c[0]);
		}
		free(k.c);
		bl = &b->fn->blocks[b->cur];
		bl->term = TERM_RETURN;
		bl->ret = v;
		bl->ret_error = err;
		bl->loc = cursor_loc(c);
		b->cur = new_block(b);
		return;
	}
	case CXCursor_DeclStmt:
		k = children(c);
		for (int i = 0; i < k.n; i++) {
			if (clang_getCursorKind(k.c[i]) != CXCursor_VarDecl)
				continue;
			bool found;
			CXCursor init = last_expr_child(k.c[i], &found);
			if (!found)
				continue;
			char *n = spelling(k.c[i]);
			int dst = intern(b, n, NULL, NULL);
			free(n);
			int src = lower(b, init, true);
			assign(b, dst, src, k.c[i], init, cursor_loc(k.c[i]));
		}
		free(k.c);
		return;
	case CXCursor_GCCAsmStmt:
	case CXCursor_NullStmt:
		return;
	default:
		if (clang_isExpression(kind)) {
			lower(b, c, false);
			return;
		}
		break;
	}
	k = children(c);
	for (int i = 0; i < k.n; i++)
		stmt(b, k.c[i]);
	free(k.c);
}

struct function *cfg_build(CXTranslationUnit tu, CXCursor fn_cursor,
			   const struct catalog *cat, const char *file)
{
	struct builder b = {.tu = tu, .cat = cat, .sw_dispatch = -1};
	struct function *fn = xcalloc(1, sizeof(*fn));
	struct kids k;
	CXFile cxfile;

	b.fn = fn;
	fn->objs = xcalloc(MAX_OBJS, sizeof(*fn->objs));
	fn->name = spelling(fn_cursor);
	fn->is_static = clang_Cursor_getStorageClass(fn_cursor) == CX_SC_Static;
	fn->file = function_own(fn, file);
	fn->loc = cursor_loc(fn_cursor);
	clang_getExpansionLocation(clang_getCursorLocation(fn_cursor), &cxfile, NULL,
				   NULL, NULL);
	tokens_load(&b.tm, tu, clang_getCursorExtent(fn_cursor));
	b.tm.file = cxfile;
	b.cur = new_block(&b);
	k = children(fn_cursor);
	for (int i = 0; i < k.n; i++) {
		enum CXCursorKind kind = clang_getCursorKind(k.c[i]);
		if (kind == CXCursor_ParmDecl) {
			char *n = spelling(k.c[i]);
			int p = intern(&b, n, NULL, NULL);
			free(n);
			if (fn->nparams < MAX_PARAMS)
				fn->param_obj[fn->nparams] = -1;
			if (type_is_page(clang_getCursorType(k.c[i]))) {
				ensure_root(&b, p);
				if (fn->nparams < MAX_PARAMS)
					fn->param_obj[fn->nparams] = fn->paths[p].root;
			}
			fn->nparams++;
		} else if (kind == CXCursor_CompoundStmt) {
			stmt(&b, k.c[i]);
		}
	}
	free(k.c);
	/* falling off the end is a return */
	fn->blocks[b.cur].term = TERM_RETURN;
	fn->blocks[b.cur].loc = fn->loc;
	tokens_free(&b.tm);
	for (int i = 0; i < b.nlabels; i++)
		free(b.labels[i].name);
	free(b.labels);
	free(b.brk);
	free(b.cont);
	return fn;
}
