/* Two engines, one list of findings: what both report is one finding
 * (found_by both); what only Coccinelle reports is kept where the clang
 * engine could not analyze the file, and otherwise only counted as a
 * disagreement (clang's path-sensitive verdict stands; --stats lists them). */
#ifndef PAGECHECK_ENGINE_MERGE_H
#define PAGECHECK_ENGINE_MERGE_H

#include <stdio.h>
#include "findings.h"

struct engine_stats {
	size_t both, clang_only, cocci_only, cocci_kept;
	struct results disagreements;	/* Coccinelle-only findings not reported */
};

/* Moves cocci's findings into clang (which holds the clang engine's). */
void engines_merge(struct results *clang, struct results *cocci, struct engine_stats *st);
void engine_stats_print(FILE *out, const struct engine_stats *st);
void engine_stats_free(struct engine_stats *st);
/* --engine=NAME, else $PAGECHECK_ENGINE, else all when spatch runs, else
 * clang; 0 (with a message) for an unknown name. */
int engine_choose(const char *name);

#endif
