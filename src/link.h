/* The analysis across files: every analyzed file's IR at once, as a linker
 * sees the program. Calls are bound to the summaries of the functions they
 * reach in any file (by name, static ones within their file), calls through
 * an ops field to the summaries of every function stored in that field
 * anywhere, and a page parameter gets the origins its callers hand it.
 * The only fixpoint over functions: a file judged alone is a program of
 * one file. */
#ifndef PAGECHECK_LINK_H
#define PAGECHECK_LINK_H

#include <stdio.h>
#include "callgraph.h"
#include "file_ir.h"
#include "findings.h"
#include "knowledge.h"
#include "rules.h"

/* Judges every function of p again, into found (findings and sites of p's
 * files, and the bounds that cut the analysis short). stores (every
 * analyzed file's, from the per-file runs) tell the origins of pages read
 * from fields; a store of a parameter's page gets the origins its callers
 * hand it, written back into it. known (may be NULL), what an earlier tree
 * run learned, stands in for what p does not define; learned (may be
 * NULL) receives what this run learned. Rounds: BOUND_LINK_ROUNDS. */
void program_analyze(struct program *p, const struct catalog *cat,
		     struct field_store *stores, size_t nstores,
		     const struct knowledge *known, struct results *found,
		     struct knowledge *learned);
/* The file of ir judged alone, as its worker does: its functions with each
 * other's summaries, every parameter and field of unknown origin (no caller
 * is followed, no store is known yet). found receives the findings, the
 * sites and the field stores the file records. Rounds: BOUND_FILE_ROUNDS. */
void program_analyze_file(struct file_ir *ir, const struct catalog *cat,
			  struct results *found);

#endif
