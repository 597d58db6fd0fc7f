/* The analysis across files: every analyzed file's IR at once, as a linker
 * sees the program. Calls are bound to the summaries of the functions they
 * reach in any file (by name, static ones within their file), calls through
 * an ops field to the summaries of every function stored in that field
 * anywhere, and a page parameter gets the origins its callers hand it. */
#ifndef PAGECHECK_LINK_H
#define PAGECHECK_LINK_H

#include <stdio.h>
#include "file_ir.h"
#include "findings.h"
#include "knowledge.h"
#include "rules.h"

struct program {
	struct file_ir *files;
	size_t n, cap;
};

/* Moves ir into p. */
void program_add(struct program *p, struct file_ir *ir);
void program_free(struct program *p);

/* Judges every function of p again, into found (findings and sites of p's
 * files). stores (every analyzed file's, from the per-file runs) tell the
 * origins of pages read from fields; a store of a parameter's page gets the
 * origins its callers hand it, written back into it. known (may be NULL), what an earlier
 * tree run learned, stands in for what p does not define; learned (may be
 * NULL) receives what this run learned. */
void program_analyze(struct program *p, const struct catalog *cat,
		     struct field_store *stores, size_t nstores,
		     const struct knowledge *known, struct results *found,
		     struct knowledge *learned);
/* Is file one of p's? (for results_replace_analysis()) */
bool program_has_file(const char *file, void *p);

#endif
