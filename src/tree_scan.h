#ifndef PAGECHECK_TREE_SCAN_H
#define PAGECHECK_TREE_SCAN_H

#include <stddef.h>
#include "compile_flags.h"

/* Appends to out, sorted, every .c file of srctree (relative path) that
 * calls one of names (or, for a name ".field", names that field after "."
 * or "->"; for "struct s", names struct s); arch/ is limited to arch/<arch>. Returns how many .c files were
 * read. */
size_t tree_scan(const char *srctree, const char *arch, const struct argv_list *names,
		 struct argv_list *out);

#endif
