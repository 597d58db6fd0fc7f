/* Every analyzed file judged together: the one step after the per-file
 * runs, for the files of a command line and for a tree alike. The per-file
 * verdicts are provisional (a parameter's page, a helper of another file);
 * the program's analysis replaces them. */
#ifndef PAGECHECK_JUDGE_H
#define PAGECHECK_JUDGE_H

#include "findings.h"
#include "knowledge.h"
#include "link.h"
#include "rules.h"

struct judge {
	struct program program;
	struct results **parts;	/* the callers', not owned */
	size_t nparts, cparts;
};

/* Moves one analyzed file's IR into the program. */
void judge_add_ir(struct judge *j, struct file_ir *ir);
/* Results of analyzed files (one file's or several): their field stores
 * are read (and get their callers' origins), and the findings and sites of
 * every file of theirs the program holds are replaced by the program's. A
 * file without IR keeps its own. r must outlive j. */
void judge_add_results(struct judge *j, struct results *r);
/* known (may be NULL) stands in for what the program does not define;
 * learned (may be NULL) receives what it taught. j is empty afterwards. */
void judge_together(struct judge *j, const struct catalog *cat, const struct knowledge *known,
		    struct knowledge *learned);

#endif
