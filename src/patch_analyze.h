/* The analysis of a patch's files and of those whose verdicts depend on
 * them, with kbuild's flags for each, judged together on what the tree run
 * learned (<build dir>/pagecheck-summaries.json). */
#ifndef PAGECHECK_PATCH_ANALYZE_H
#define PAGECHECK_PATCH_ANALYZE_H

#include "findings.h"
#include "kernel_build.h"
#include "knowledge.h"
#include "patch_files.h"
#include "rules.h"

/* The files (other than the touched ones) whose verdicts depend on them
 * through the summaries: those defining a function the touched files
 * name, and those calling a function the touched files define. At most
 * max of each; more are said on stderr. */
void patch_dependents(const struct patch_files *p, const struct knowledge *k, const char *top,
		      size_t max, struct argv_list *out);
/* The touched files as they are before (after: after) the patch, and the
 * dependents as they are in the tree, analyzed and judged together into r,
 * with paths relative to the tree. */
void patch_analyze(const struct patch_files *p, bool after, const struct argv_list *dependents,
		   const struct kernel_build *b, const struct catalog *cat,
		   const struct knowledge *k, struct results *r);

#endif
