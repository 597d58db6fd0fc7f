/* Statements -> blocks and edges: if/else, while/do/for, switch/case/
 * default with fallthrough, goto/labels, break/continue, return; the
 * expressions inside them are lowered by lower.c. */
#include "cfg.h"
#include "ast.h"
#include "builder.h"
#include "lower.h"
#include "lower_held.h"
#include "page_type.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void stmt(struct builder *b, CXCursor c);

static int label_block(struct builder *b, const char *name)
{
	for (int i = 0; i < b->nlabels; i++)
		if (!strcmp(b->labels[i].name, name))
			return b->labels[i].block;
	GROW(b->labels, b->nlabels, b->clabels);
	b->labels[b->nlabels].name = xstrdup(name);
	b->labels[b->nlabels].block = block_new(b);
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
	unsigned semi[2] = {0, 0};
	int nsemi;

	for (int j = 0; j < 4; j++)
		part[j] = -1;
	part[3] = k->n - 1;
	if (k->n == 4) {
		part[0] = 0, part[1] = 1, part[2] = 2;
		return;
	}
	if (k->n <= 1)
		return;
	nsemi = tokens_for_semicolons(&b->tm, c, semi);
	for (int j = 0; j < k->n - 1; j++) {
		unsigned s;
		int slot = 1;	/* without the header's tokens: a condition */
		if (nsemi == 2 && file_offset(clang_getRangeStart(clang_getCursorExtent(k->c[j])),
					      b->tm.file, &s))
			slot = s < semi[0] ? 0 : s < semi[1] ? 1 : 2;
		part[slot] = j;
	}
}

static bool stmt_for(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int part[4], head, body, inc, exit;

	for_parts(b, c, &k, part);
	if (part[0] >= 0)
		stmt(b, k.c[part[0]]);
	head = block_new(b), body = block_new(b), inc = block_new(b), exit = block_new(b);
	block_jump(b, head);
	b->cur = head;
	if (part[1] >= 0)
		lower_cond(b, k.c[part[1]], body, exit);
	else
		block_jump(b, body);
	b->cur = body;
	if (k.n > 0)
		loop_body(b, k.c[part[3]], exit, inc);
	block_jump(b, inc);
	b->cur = inc;
	if (part[2] >= 0)
		lower_expr(b, k.c[part[2]], false);
	block_jump(b, head);
	b->cur = exit;
	free(k.c);
	return true;
}

static bool stmt_switch(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int saved_dispatch = b->sw_dispatch, exit = block_new(b);
	bool saved_default = b->sw_default;

	if (k.n < 2) {
		free(k.c);
		return true;
	}
	lower_expr(b, k.c[0], false);
	b->sw_dispatch = b->cur;
	b->sw_default = false;
	b->fn->blocks[b->cur].term = TERM_JUMP;
	b->cur = block_new(b);	/* code before the first case is unreachable */
	push(&b->brk, &b->nbrk, &b->cbrk, exit);
	stmt(b, k.c[k.n - 1]);
	b->nbrk--;
	block_jump(b, exit);
	if (!b->sw_default)
		block_add_succ(b, b->sw_dispatch, exit);
	b->sw_dispatch = saved_dispatch;
	b->sw_default = saved_default;
	b->cur = exit;
	free(k.c);
	return true;
}

static bool case_label(struct builder *b, CXCursor c, bool is_default)
{
	struct kids k = children(c);
	int blk = block_new(b);

	block_jump(b, blk);	/* fallthrough from the previous case */
	if (b->sw_dispatch >= 0)
		block_add_succ(b, b->sw_dispatch, blk);
	if (is_default)
		b->sw_default = true;
	b->cur = blk;
	if (k.n > 0)
		stmt(b, k.c[k.n - 1]);
	free(k.c);
	return true;
}

static bool stmt_case(struct builder *b, CXCursor c)
{
	return case_label(b, c, false);
}

static bool stmt_default(struct builder *b, CXCursor c)
{
	return case_label(b, c, true);
}

static bool returns_error(struct builder *b, CXCursor e)
{
	long long v;

	e = strip_parens_casts(e);
	if (cursor_int_value(e, &v))
		return v < 0;
	if (clang_getCursorKind(e) == CXCursor_CallExpr) {
		char *name = callee_name(e);
		bool r = name_list_has(&b->cat->error_returns, name);
		free(name);
		return r;
	}
	return false;
}

/* if, while and do are lowered when libclang gave all their parts (else,
 * as any other statement, their parts one by one) */
static bool stmt_if(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	int t, j, f;

	if (k.n < 2) {
		free(k.c);
		return false;
	}
	t = block_new(b), j = block_new(b);
	f = k.n > 2 ? block_new(b) : j;
	lower_cond(b, k.c[0], t, f);
	b->cur = t;
	stmt(b, k.c[1]);
	block_jump(b, j);
	if (k.n > 2) {
		b->cur = f;
		stmt(b, k.c[2]);
		block_jump(b, j);
	}
	b->cur = j;
	free(k.c);
	return true;
}

/* while (cond) body, or do body while (cond): the test before the body or
 * after it; continue goes to the test */
static bool loop(struct builder *b, CXCursor c, bool test_first)
{
	struct kids k = children(c);
	CXCursor cond, body;
	int first, second, exit, test, start;

	if (k.n < 2) {
		free(k.c);
		return false;
	}
	cond = k.c[test_first ? 0 : 1], body = k.c[test_first ? 1 : 0];
	first = block_new(b), second = block_new(b), exit = block_new(b);
	test = test_first ? first : second, start = test_first ? second : first;
	block_jump(b, first);
	b->cur = first;
	if (test_first) {
		lower_cond(b, cond, start, exit);
		b->cur = start;
	}
	loop_body(b, body, exit, test);
	block_jump(b, test);
	if (!test_first) {
		b->cur = test;
		lower_cond(b, cond, start, exit);
	}
	b->cur = exit;
	free(k.c);
	return true;
}

static bool stmt_while(struct builder *b, CXCursor c)
{
	return loop(b, c, true);
}

static bool stmt_do(struct builder *b, CXCursor c)
{
	return loop(b, c, false);
}

static bool stmt_label(struct builder *b, CXCursor c)
{
	char *name = cursor_spelling(c);
	int blk = label_block(b, name);
	struct kids k;

	free(name);
	block_jump(b, blk);
	b->cur = blk;
	k = children(c);
	if (k.n > 0)
		stmt(b, k.c[k.n - 1]);
	free(k.c);
	return true;
}

static bool stmt_goto(struct builder *b, CXCursor c)
{
	struct kids k = children(c);

	if (k.n > 0) {
		char *name = cursor_spelling(k.c[0]);
		block_jump(b, label_block(b, name));
		free(name);
	}
	free(k.c);
	b->cur = block_new(b);
	return true;
}

/* break or continue: to the innermost target, if any; what follows is
 * unreachable */
static bool jump_out(struct builder *b, int *targets, int ntargets)
{
	if (ntargets)
		block_jump(b, targets[ntargets - 1]);
	b->cur = block_new(b);
	return true;
}

static bool stmt_break(struct builder *b, CXCursor c)
{
	(void)c;
	return jump_out(b, b->brk, b->nbrk);
}

static bool stmt_continue(struct builder *b, CXCursor c)
{
	(void)c;
	return jump_out(b, b->cont, b->ncont);
}

static bool stmt_return(struct builder *b, CXCursor c)
{
	struct kids k = children(c);
	struct block *bl;
	int v = VAL_NONE;
	bool err = false;

	if (k.n > 0) {
		v = lower_expr(b, k.c[0], true);
		err = returns_error(b, k.c[0]);
		/* an accessor's page (return dio->pages[dio->head];) is the
		 * field's: a value of its own, for the summary */
		if (v >= 0 && b->fn->paths[v].strct &&
		    type_is_page(b->cat, clang_getCursorType(k.c[0])))
			path_ensure_root(b, v);
	}
	free(k.c);
	bl = &b->fn->blocks[b->cur];
	bl->term = TERM_RETURN;
	bl->ret = v;
	bl->ret_error = err;
	bl->loc = cursor_loc(c);
	b->cur = block_new(b);
	return true;
}

/* int x = e, ...: each initialized variable is assigned */
static bool stmt_decl(struct builder *b, CXCursor c)
{
	struct kids k = children(c);

	for (int i = 0; i < k.n; i++) {
		if (clang_getCursorKind(k.c[i]) != CXCursor_VarDecl)
			continue;
		bool found;
		CXCursor init = last_expr_child(k.c[i], &found);
		if (!found)
			continue;
		if (lower_page_array_alias(b, k.c[i], init))
			continue;
		char *n = cursor_spelling(k.c[i]);
		int dst = path_intern(b, n, NULL, NULL);
		free(n);
		int src = lower_expr(b, init, true);
		lower_assign(b, dst, src, k.c[i], init, cursor_loc(k.c[i]));
	}
	free(k.c);
	return true;
}

/* asm and ; carry no page */
static bool stmt_nothing(struct builder *b, CXCursor c)
{
	(void)b;
	(void)c;
	return true;
}

static const struct {
	enum CXCursorKind kind;
	bool (*lower)(struct builder *b, CXCursor c);	/* false: lower its parts */
} statements[] = {
	{CXCursor_IfStmt, stmt_if},		{CXCursor_WhileStmt, stmt_while},
	{CXCursor_DoStmt, stmt_do},		{CXCursor_ForStmt, stmt_for},
	{CXCursor_SwitchStmt, stmt_switch},	{CXCursor_CaseStmt, stmt_case},
	{CXCursor_DefaultStmt, stmt_default},	{CXCursor_LabelStmt, stmt_label},
	{CXCursor_GotoStmt, stmt_goto},		{CXCursor_BreakStmt, stmt_break},
	{CXCursor_ContinueStmt, stmt_continue},	{CXCursor_ReturnStmt, stmt_return},
	{CXCursor_DeclStmt, stmt_decl},		{CXCursor_GCCAsmStmt, stmt_nothing},
	{CXCursor_NullStmt, stmt_nothing},
};

static void stmt(struct builder *b, CXCursor c)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct kids k;

	for (size_t i = 0; i < sizeof(statements) / sizeof(statements[0]); i++)
		if (statements[i].kind == kind && statements[i].lower(b, c))
			return;
	if (clang_isExpression(kind)) {
		lower_expr(b, c, false);
		return;
	}
	k = children(c);
	for (int i = 0; i < k.n; i++)
		stmt(b, k.c[i]);
	free(k.c);
}

struct function *cfg_build(CXTranslationUnit tu, CXCursor fn_cursor,
			   const struct catalog *cat, const char *file)
{
	struct builder b = {.tu = tu, .cat = cat, .sw_dispatch = -1, .stmt = stmt};
	struct function *fn = xcalloc(1, sizeof(*fn));
	struct kids k;
	CXFile cxfile;

	b.fn = fn;
	fn->objs = xcalloc(MAX_OBJS, sizeof(*fn->objs));
	fn->name = cursor_spelling(fn_cursor);
	fn->is_static = clang_Cursor_getStorageClass(fn_cursor) == CX_SC_Static;
	fn->file = function_own(fn, file);
	fn->loc = cursor_loc(fn_cursor);
	clang_getExpansionLocation(clang_getCursorLocation(fn_cursor), &cxfile, NULL,
				   NULL, NULL);
	tokens_load(&b.tm, tu, clang_getCursorExtent(fn_cursor));
	b.tm.file = cxfile;
	b.cur = block_new(&b);
	k = children(fn_cursor);
	for (int i = 0; i < k.n; i++) {
		enum CXCursorKind kind = clang_getCursorKind(k.c[i]);
		if (kind == CXCursor_ParmDecl) {
			char *n = cursor_spelling(k.c[i]);
			int p = path_intern(&b, n, NULL, NULL);
			free(n);
			if (fn->nparams < MAX_PARAMS)
				fn->param_obj[fn->nparams] = -1;
			if (type_is_page(cat, clang_getCursorType(k.c[i]))) {
				path_ensure_root(&b, p);
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
	held_free(&b);
	for (int i = 0; i < b.nlabels; i++)
		free(b.labels[i].name);
	free(b.labels);
	for (int i = 0; i < b.naliases; i++)
		free(b.aliases[i].array);
	free(b.aliases);
	free(b.brk);
	free(b.cont);
	return fn;
}
