/* libclang cursor helpers shared by every stage that reads the AST (the
 * CFG builder, the ops-table collector). They know C, not the kernel (no
 * catalog lookups), so every reader of the AST can depend on this file. */
#ifndef PAGECHECK_AST_H
#define PAGECHECK_AST_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include "ir.h"

/* A cursor's direct children (the caller frees c). */
struct kids {
	CXCursor *c;
	int n, cap;
};
struct kids children(CXCursor c);
/* The cursor's spelling, to free. */
char *cursor_spelling(CXCursor c);
/* Where the cursor is, after macro expansion. */
struct loc cursor_loc(CXCursor c);
/* The name of the struct a field belongs to ("" when it has none). */
char *cursor_record_name(CXCursor rec);
/* The last child that is an expression (*found says whether there is one). */
CXCursor last_expr_child(CXCursor c, bool *found);
/* The value of an integer constant expression. */
bool cursor_int_value(CXCursor c, long long *v);
/* The expression inside parens, implicit conversions and casts. */
CXCursor strip_parens_casts(CXCursor c);
bool is_null_constant(CXCursor c);
/* The function a call calls; "struct.field" for a call through a struct's
 * function pointer (buf->ops->get(...) is "pipe_buf_operations.get"). */
char *callee_name(CXCursor call);
/* The struct a type is about once typedefs, qualifiers, pointers and
 * arrays are gone (NULL when it is about none); *indirections counts the
 * pointers and arrays stripped. To free. */
char *type_struct_name(CXType t, int *indirections);
/* The call's callee when it is defined outside the main file (a header's
 * static inline) with nothing but `return p->a.b;` over its parameter p:
 * p's index, and in *members the member expressions from p outwards (the
 * caller frees members->c); -1 otherwise. */
int header_accessor(CXCursor call, struct kids *members);
/* Each initializer of a struct's init list with the field it initializes
 * (designated or positional). */
void init_list_each(CXCursor list, void (*cb)(CXCursor field, CXCursor value, void *ctx),
		    void *ctx);

#endif
