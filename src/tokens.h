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

/* The binary operator after lhs, the unary operator of c (prefix, or a
 * postfix ++/--): one of the C operators, or NULL (from a macro body). */
const char *tokens_binop(const struct token_map *tm, CXCursor lhs);
const char *tokens_unop(const struct token_map *tm, CXCursor c);
/* The offsets of the two semicolons of a for statement's header (libclang
 * leaves absent parts out); how many were found. */
int tokens_for_semicolons(const struct token_map *tm, CXCursor for_stmt, unsigned semi[2]);
/* The access path tokens [from, to) spell ("page", "&buf->page",
 * "pages[i]" is "pages[]"), to free; NULL when they spell none. */
char *tokens_access_path(const struct token_map *tm, unsigned from, unsigned to);

/* A macro invocation NAME(arg, ...) whose expansion is exactly the cursor
 * c: its name token (or NULL) and the end offset of the expansion; then
 * the token spans of its arguments (to free), true when the invocation
 * ends exactly at end. */
struct token_span {
	unsigned from, to;
};
const struct token *tokens_invocation_name(const struct token_map *tm, CXCursor c,
					   unsigned *end);
bool tokens_invocation_args(const struct token_map *tm, const struct token *name,
			    unsigned end, struct token_span **args, int *nargs);

#endif
