/* The plan of a tree run: which files to look at (the candidates of the
 * token scan), which kbuild builds, with which flags, and which the cache
 * already answers. */
#ifndef PAGECHECK_TREE_PLAN_H
#define PAGECHECK_TREE_PLAN_H

#include "tree_run.h"

/* Fills t->files and t->todo (and the plan's figures in t->stats), and
 * reads the results of the valid cache entries. */
void tree_plan(struct tree_run *t);
void tree_run_free(struct tree_run *t);

#endif
