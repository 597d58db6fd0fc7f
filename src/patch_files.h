/* The files of a patch, before and after it, in a temporary dir with the
 * tree's relative layout: the user's working tree and index are never
 * written (no stash, no checkout, no worktree). */
#ifndef PAGECHECK_PATCH_FILES_H
#define PAGECHECK_PATCH_FILES_H

#include <stdbool.h>
#include "compile_flags.h"
#include "util.h"

struct patch_files {
	char *tmp;			/* the temporary dir, removed by patch_files_free() */
	char *before, *after;		/* tmp/before, tmp/after */
	struct argv_list touched;	/* the .c files the patch changes, relative */
	struct argv_list gone;		/* of those, deleted by the patch */
	struct argv_list created;	/* of those, added by it */
	struct argv_list headers;	/* the headers it changes (not re-analyzed) */
	bool reversed;			/* the tree already had the patch */
};

/* The patch: read from path ("-": stdin), or with since, `git diff since`
 * of the working tree. 0, or -1 after saying why. */
int patch_text(const char *top, const char *path, const char *since, struct strbuf *out);
/* The copies before and after text: with since, before is `git show
 * since:file` and after the working tree's file; else the working tree's
 * file with text applied (or, when the tree has it already, reverted).
 * 0, 1 when the patch touches no .c file, -1 after saying why. */
int patch_files_prepare(struct patch_files *p, const char *top, const char *text,
			const char *since);
/* "tmp/after/<rel>" or "tmp/before/<rel>", NULL when the file does not
 * exist there (created / deleted). The caller frees it. */
char *patch_file_path(const struct patch_files *p, bool after, const char *rel);
void patch_files_free(struct patch_files *p);
/* Is s one of l's strings? */
bool patch_listed(const struct argv_list *l, const char *s);
/* Runs argv (argv[0] a program on PATH) in dir with stdout into out (may
 * be NULL: discarded) and stderr discarded unless show_errors: its exit
 * status, -1 when it could not run. */
int run_program(const char *dir, char *const argv[], struct strbuf *out, bool show_errors);

#endif
