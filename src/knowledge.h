/* What a whole-tree run learned, kept for later runs on single files
 * (kbuild's CHECK=, a patch bot): the summaries of the tree's functions
 * and ops fields, and where each page parameter's pages come from. The
 * tree run writes it to <build dir>/pagecheck-summaries.json; a run given
 * --summaries reads it back. */
#ifndef PAGECHECK_KNOWLEDGE_H
#define PAGECHECK_KNOWLEDGE_H

#include <stdio.h>
#include "summaries.h"

struct known_param {
	char *function, *file;	/* file "": not defined in the run's files */
	int param;		/* 0-based */
	unsigned origin;
};

struct knowledge {
	struct summary_set sums;
	/* the static functions' summaries: known inside their file only, so
	 * never written; --dump-summaries shows them */
	struct summary_set statics;
	bool keep_statics;	/* asked for: filled only then */
	struct known_param *params;
	size_t nparams, cparams;
	/* the page_ops fields with an I/O of their own (rules.yaml) that had
	 * analyzed functions stored in them: their summaries decided, so a
	 * later run does not take the catalog's I/O for them */
	char **ops_decided;
	size_t nops_decided, cops_decided;
};
/* Was slot one of the run's decided page_ops fields? */
bool knowledge_ops_decided(const struct knowledge *k, const char *slot);

/* Returns 0, or -1 with "path: problem" in err. */
int knowledge_load(struct knowledge *k, const char *path, char **err);
void knowledge_write(FILE *f, const struct knowledge *k);
void knowledge_free(struct knowledge *k);
/* The origins the tree's callers hand parameter param of function (in
 * file), 0 when the tree knows nothing of it. */
unsigned knowledge_param(const struct knowledge *k, const char *function, const char *file,
			 int param);

#endif
