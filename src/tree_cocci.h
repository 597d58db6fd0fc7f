#ifndef PAGECHECK_TREE_COCCI_H
#define PAGECHECK_TREE_COCCI_H

#include <stdbool.h>
#include <stddef.h>
#include "cocci_engine.h"
#include "result_cache.h"

struct tree_cocci_run {
	const struct catalog *cat;
	struct cocci_options options;
	struct result_cache *cache;
	const char *srctree;
	char *const *rel, *const *abs;	/* n files */
	size_t n;
	bool no_cache;
};

/* Leaves the Coccinelle findings of file i in per_file[i] (paths relative
 * to srctree); *ran: files spatch had to read. -1 when spatch failed. */
int tree_cocci(const struct tree_cocci_run *run, struct results *per_file, size_t *ran);

#endif
