#ifndef PAGECHECK_OPS_TABLES_H
#define PAGECHECK_OPS_TABLES_H

#include <clang-c/Index.h>
#include <stddef.h>

struct ops_binding {
	char *slot;	/* "pipe_buf_operations.get" */
	char *fn;	/* a function the file stores there */
};

struct ops_tables {
	struct ops_binding *v;
	size_t n, cap;
};

/* Every function the main file stores into a struct's field. */
void ops_tables_collect(CXTranslationUnit tu, struct ops_tables *t);
void ops_tables_free(struct ops_tables *t);

#endif
