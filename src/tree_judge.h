/* The analysis across files of a tree run. */
#ifndef PAGECHECK_TREE_JUDGE_H
#define PAGECHECK_TREE_JUDGE_H

#include "tree_run.h"

/* Every analyzed file's IR (parsed now or cached) judged together, in
 * place of each file's own verdicts; the summaries go to the build dir,
 * for later single-file runs to read. */
void tree_judge_across_files(struct tree_run *t);

#endif
