#include "tokens.h"
#include "util.h"

#include <stdlib.h>

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
