/* Builds a function's control-flow graph of page events from libclang:
 * statements into blocks and edges here, expressions by lower.c. */
#ifndef PAGECHECK_CFG_H
#define PAGECHECK_CFG_H

#include <clang-c/Index.h>
#include "ir.h"

struct function *cfg_build(CXTranslationUnit tu, CXCursor fn_cursor,
			   const struct catalog *cat, const char *file);

#endif
