/* The parse of a tree run: each file of the plan in its own worker, its
 * results and IR sealed in the cache; and --baseline's bare clang. */
#ifndef PAGECHECK_TREE_JOBS_H
#define PAGECHECK_TREE_JOBS_H

#include "tree_run.h"

/* Parses t->todo, J at a time, with the progress line; Ctrl-C stops it.
 * The number of files that ended (parsed and cached). */
size_t tree_parse(struct tree_run *t);
/* The signal that stopped tree_parse(), or 0. */
int tree_interrupted(void);
/* Times bare clang -fsyntax-only on the files parsed (--baseline). */
void tree_baseline(struct tree_run *t);

/* getrusage()'s user+system seconds and peak RSS of RUSAGE_SELF or
 * RUSAGE_CHILDREN. */
double cpu_seconds(int who);
long peak_rss_kb(int who);

#endif
