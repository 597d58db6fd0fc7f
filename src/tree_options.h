/* The options of `pagecheck tree`. */
#ifndef PAGECHECK_TREE_OPTIONS_H
#define PAGECHECK_TREE_OPTIONS_H

#include <stdbool.h>

struct tree_options {
	const char *kdir, *objdir, *arch, *kconfig, *reports, *rules, *clang, *engine;
	int jobs;
	int timeout;		/* seconds per file */
	bool no_cache, time_clang, prepare_only, strict;
	const char *baseline;	/* a findings.json: report only what it has not */
	int progress;		/* -1: when stderr is a terminal and not in CI */
	int status_every;	/* seconds between status lines when not drawing */
};

/* argv[0] is "tree". 0, 2 after an error message, or -1 (--help: done). */
int tree_options_parse(int argc, char **argv, struct tree_options *o);

#endif
