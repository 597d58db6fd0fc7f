/* The last tree run's judgement across files, kept in the cache. */
#ifndef PAGECHECK_JUDGE_SNAPSHOT_H
#define PAGECHECK_JUDGE_SNAPSHOT_H

#include "tree_run.h"

/* f has an analyzed file's results (and so an IR in the cache). */
bool tree_file_analyzed(const struct tree_file *f);
/* What the judgement depends on: pagecheck and the catalog, and for every
 * analyzed file its name and its sealed cache entry (inputs and the
 * hashes of its result and IR). */
unsigned long long judge_snapshot_key(const struct tree_run *t);
/* The analyzed files' results as the judgement with that key left them,
 * in place of their own; false (nothing changed) when there is none. */
bool judge_snapshot_load(struct tree_run *t, unsigned long long key);
/* Keeps the judgement just made, under key. */
void judge_snapshot_write(const struct tree_run *t, unsigned long long key);

#endif
