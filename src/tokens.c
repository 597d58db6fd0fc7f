/* The tokens of a function body, and what is read off them. */
#include "tokens.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void tokens_load(struct token_map *tm, CXTranslationUnit tu, CXSourceRange range)
{
	CXToken *toks = NULL;
	unsigned n = 0;

	clang_tokenize(tu, range, &toks, &n);
	tm->tok = xcalloc(n, sizeof(*tm->tok));
	tm->n = 0;
	for (unsigned i = 0; i < n; i++) {
		CXFile f;
		unsigned off;
		CXString s;

		clang_getFileLocation(clang_getTokenLocation(tu, toks[i]), &f, NULL,
				      NULL, &off);
		if (tm->n && off < tm->tok[tm->n - 1].off)
			continue;	/* tokens arrive in order; be safe */
		s = clang_getTokenSpelling(tu, toks[i]);
		tm->tok[tm->n].off = off;
		tm->tok[tm->n].kind = clang_getTokenKind(toks[i]);
		tm->tok[tm->n].text = xstrdup(clang_getCString(s));
		clang_disposeString(s);
		tm->n++;
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
}

void tokens_free(struct token_map *tm)
{
	for (unsigned i = 0; i < tm->n; i++)
		free(tm->tok[i].text);
	free(tm->tok);
	tm->tok = NULL;
	tm->n = 0;
}

unsigned tokens_at_or_after(const struct token_map *tm, unsigned off)
{
	unsigned lo = 0, hi = tm->n;

	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (tm->tok[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct token *tokens_exact(const struct token_map *tm, unsigned off)
{
	unsigned i = tokens_at_or_after(tm, off);
	return i < tm->n && tm->tok[i].off == off ? &tm->tok[i] : NULL;
}

bool file_offset(CXSourceLocation loc, CXFile want, unsigned *off)
{
	CXFile f;

	clang_getFileLocation(loc, &f, NULL, NULL, off);
	return f && clang_File_isEqual(f, want);
}

bool expansion_offset(CXSourceLocation loc, CXFile want, unsigned *off)
{
	CXFile f;

	clang_getExpansionLocation(loc, &f, NULL, NULL, off);
	return f && clang_File_isEqual(f, want);
}

/* ---- readers: what libclang 14 does not say, read off the tokens ---- */

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

const char *tokens_binop(const struct token_map *tm, CXCursor lhs)
{
	unsigned off, i;

	if (!file_offset(clang_getRangeEnd(clang_getCursorExtent(lhs)), tm->file, &off))
		return NULL;
	i = tokens_at_or_after(tm, off);
	return i < tm->n ? known(tm->tok[i].text, binops) : NULL;
}

const char *tokens_unop(const struct token_map *tm, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	const struct token *t;
	unsigned off, end, i;

	if (!file_offset(clang_getRangeStart(r), tm->file, &off))
		return NULL;
	t = tokens_exact(tm, off);
	if (t && known(t->text, unops))
		return known(t->text, unops);
	if (file_offset(clang_getRangeEnd(r), tm->file, &end)) {
		i = tokens_at_or_after(tm, end);
		if (i > 0 && (!strcmp(tm->tok[i - 1].text, "++") ||
			      !strcmp(tm->tok[i - 1].text, "--")))
			return tm->tok[i - 1].text;
	}
	return NULL;	/* from a macro body: unknown */
}

int tokens_for_semicolons(const struct token_map *tm, CXCursor for_stmt, unsigned semi[2])
{
	unsigned off, i;
	int nsemi = 0, depth = 0;

	if (!file_offset(clang_getRangeStart(clang_getCursorExtent(for_stmt)), tm->file, &off))
		return 0;
	for (i = tokens_at_or_after(tm, off); i < tm->n && nsemi < 2; i++) {
		const char *t = tm->tok[i].text;
		if (!strcmp(t, "("))
			depth++;
		else if (!strcmp(t, ")"))
			depth--;
		else if (!strcmp(t, ";") && depth == 1)
			semi[nsemi++] = tm->tok[i].off;
	}
	return nsemi;
}

char *tokens_access_path(const struct token_map *tm, unsigned from, unsigned to)
{
	struct strbuf sb = {0};
	bool ok = from < to;

	if (ok && !strcmp(tm->tok[from].text, "&"))
		from++;
	for (unsigned i = from; ok && i < to; i++) {
		const struct token *t = &tm->tok[i];
		if (!strcmp(t->text, "[")) {
			int depth = 1;
			while (++i < to && depth)
				depth += !strcmp(tm->tok[i].text, "[") -
					 !strcmp(tm->tok[i].text, "]");
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
		return sb_detach(&sb);
	sb_release(&sb);
	return NULL;
}

const struct token *tokens_invocation_name(const struct token_map *tm, CXCursor c,
					   unsigned *end)
{
	CXSourceRange r = clang_getCursorExtent(c);
	const struct token *name;
	unsigned s;

	if (!expansion_offset(clang_getRangeStart(r), tm->file, &s) ||
	    !expansion_offset(clang_getRangeEnd(r), tm->file, end) || *end <= s)
		return NULL;
	name = tokens_exact(tm, s);
	return name && name->kind == CXToken_Identifier ? name : NULL;
}

bool tokens_invocation_args(const struct token_map *tm, const struct token *name,
			    unsigned end, struct token_span **args, int *nargs)
{
	unsigned i = (unsigned)(name - tm->tok) + 1, start, depth = 0;
	int cargs = 0;

	*args = NULL;
	*nargs = 0;
	if (i >= tm->n || strcmp(tm->tok[i].text, "("))
		return false;
	for (start = ++i; i < tm->n; i++) {
		const char *t = tm->tok[i].text;
		bool close = !strcmp(t, ")") && depth == 0;

		if ((!strcmp(t, ",") && depth == 0) || close) {
			GROW(*args, *nargs, cargs);
			(*args)[(*nargs)++] = (struct token_span){start, i};
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
	return i < tm->n && tm->tok[i].off + 1 == end;
}
