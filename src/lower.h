/* Expression lowering: expressions to events over access paths, and
 * conditions to branches (see lower.c). */
#ifndef PAGECHECK_LOWER_H
#define PAGECHECK_LOWER_H

#include "builder.h"

/* The path holding the expression's value: a path, VAL_NONE (no page can
 * be in it) or VAL_UNKNOWN; want: the value is used (a call's result
 * then gets a temporary). */
int lower_expr(struct builder *b, CXCursor c, bool want);
/* `struct page **pp = pages;` over a local page array: pp names the array
 * from here on (no assignment); false when the declaration is not that. */
bool lower_page_array_alias(struct builder *b, CXCursor var, CXCursor init);
/* Ends the current block with a branch on c: to t where it is true, to f
 * where it is false. */
void lower_cond(struct builder *b, CXCursor c, int t, int f);
/* dst = src, lhs and rhs as written (rhs may be a null cursor). */
void lower_assign(struct builder *b, int dst, int src, CXCursor lhs, CXCursor rhs,
		  struct loc loc);

#endif
