/* The tokens of one function body, by file offset. libclang 14 does not
 * expose operator kinds or macro names at an expansion site; both are read
 * off the tokens. */
#ifndef PAGECHECK_TOKENS_H
#define PAGECHECK_TOKENS_H

#include <clang-c/Index.h>
#include <stdbool.h>

struct token {
	unsigned off;
	CXTokenKind kind;
	char *text;
};

struct token_map {
	struct token *tok;
	unsigned n;
	CXFile file;
};

void tokens_load(struct token_map *tm, CXTranslationUnit tu, CXSourceRange range);
void tokens_free(struct token_map *tm);
/* Index of the first token at or after off, or tm->n. */
unsigned tokens_at_or_after(const struct token_map *tm, unsigned off);
/* The token starting exactly at off, or NULL. */
const struct token *tokens_exact(const struct token_map *tm, unsigned off);
/* Offset of a location after macro expansion is resolved to the file. */
bool file_offset(CXSourceLocation loc, CXFile want, unsigned *off);
bool expansion_offset(CXSourceLocation loc, CXFile want, unsigned *off);

#endif
