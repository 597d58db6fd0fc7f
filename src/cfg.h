/* Builds a function's control-flow graph of page events from libclang. */
#ifndef PAGECHECK_CFG_H
#define PAGECHECK_CFG_H

#include <clang-c/Index.h>
#include "ir.h"

struct function *cfg_build(CXTranslationUnit tu, CXCursor fn_cursor,
			   const struct catalog *cat, const char *file);
/* A cursor's direct children (the caller frees c). */
struct kids {
	CXCursor *c;
	int n, cap;
};
struct kids children(CXCursor c);
/* The name of the struct a field belongs to ("" when it has none). */
char *cursor_record_name(CXCursor rec);

#endif
