/* The Coccinelle engine's stage of a tree run. */
#ifndef PAGECHECK_TREE_COCCI_MERGE_H
#define PAGECHECK_TREE_COCCI_MERGE_H

#include "tree_run.h"

/* Coccinelle over every candidate built, merged into each file's results
 * (or, Coccinelle alone, as them). 0, or -1 when spatch failed. */
int tree_cocci_merge(struct tree_run *t);

#endif
