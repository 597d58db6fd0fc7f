/* What values that are no pages hold while a function is lowered, for the
 * expression lowering (lower.c): a function-pointer variable, the functions
 * and ops fields stored in it (a call through it calls one of them); a
 * pointer, the page whose contents it points into (a cpu_map call's
 * value). Only the builder keeps them: the IR has no such values. */
#ifndef PAGECHECK_LOWER_HELD_H
#define PAGECHECK_LOWER_HELD_H

#include "builder.h"

/* dst = rhs, dst a plain variable of function-pointer type: what rhs
 * names (a function, "struct.field", both arms of ?:) joins what the
 * variable may hold; anything else makes it hold what nobody can name. */
void held_store_callee(struct builder *b, int dst, CXCursor lhs, CXCursor rhs);
/* The names a call through a function-pointer variable may reach (the
 * variable's own name for what nobody can name); 0 when nothing was
 * stored in it (the call is named by the variable). Owned by b. */
int held_callees(struct builder *b, CXCursor call, const char *const **names);

/* A cpu_map call's value: a temporary path that points into the contents
 * of page (a path). */
int held_map_result(struct builder *b, int page);
/* dst = src, dst any path: dst points into the page src points into, or
 * into none. Emits the assignment of dst's pointer path when one is
 * involved (the IR carries it as an assignment of a path of its own). */
void held_store_pointer(struct builder *b, int dst, int src, struct loc loc);
/* The path naming the page a pointer path points into: the page's path
 * for a cpu_map call's value, the pointer path of a variable assigned
 * one; VAL_NONE when it points into no page the function mapped. */
int held_page_of(struct builder *b, int ptr);

/* The arguments of a cpu_access call c through which the CPU reads or
 * writes a page's contents name the page (a page argument, or a pointer
 * into a page this function mapped); the others name nothing. Whether
 * any names a page. */
bool held_access_args(struct builder *b, CXCursor c, const struct api *api, int *args, int n);
void held_free(struct builder *b);

#endif
