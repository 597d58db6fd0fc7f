/* A file as the analysis across files sees it: the IR of every function it
 * defines and the functions it stores into ops-struct fields. Written by
 * the worker that parsed the file (as JSON, next to its results), read back
 * by the tree phase: no file is parsed twice. */
#ifndef PAGECHECK_FILE_IR_H
#define PAGECHECK_FILE_IR_H

#include <stdio.h>
#include "ir.h"
#include "ops_tables.h"

struct file_ir {
	char *file;
	struct function **fns;
	size_t n, cap;
	struct ops_tables tables;
};

void file_ir_add(struct file_ir *ir, struct function *fn);
void file_ir_free(struct file_ir *ir);

/* The JSON form: {"file", "functions": [...], "ops": [[slot, fn], ...]}.
 * Functions without a page event or parameter are left out. */
char *file_ir_to_json(const struct file_ir *ir);
/* Returns 0, or -1 with a message in err. Calls are bound to cat's entries
 * by name (the catalog the file was analyzed with). */
int file_ir_from_json(struct file_ir *ir, const char *text, const struct catalog *cat,
		      char **err);

#endif
