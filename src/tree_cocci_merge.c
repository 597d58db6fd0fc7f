/* Coccinelle's findings on the tree, file by file beside clang's: the
 * engines are merged per file (engine_merge.c), their agreement counted. */
#include "tree_cocci_merge.h"
#include "tree_cocci.h"

#include <stdio.h>
#include <stdlib.h>

/* Coccinelle over every candidate, merged into each file's results. */
int tree_cocci_merge(struct tree_run *t)
{
	struct tree_cocci_run run = {
		t->cat, {"spatch", t->opts.jobs, (unsigned)t->opts.timeout}, &t->cache, t->build.srctree,
		NULL, NULL, 0, t->opts.no_cache,
	};
	char **rel = xcalloc(t->nfiles + 1, sizeof(char *)), **abs = xcalloc(t->nfiles + 1,
									    sizeof(char *));
	struct results *found = xcalloc(t->nfiles + 1, sizeof(*found));
	size_t *of = xcalloc(t->nfiles + 1, sizeof(*of));	/* found[k] is files[of[k]]'s */
	double start = clock_seconds();
	int status;

	for (size_t i = 0; i < t->nfiles; i++) {
		if (results_not_built_files(&t->files[i].results))
			continue;	/* not part of this kernel: nothing to match */
		of[run.n] = i;
		rel[run.n] = t->files[i].rel;
		abs[run.n++] = t->files[i].abs;
	}
	run.rel = rel;
	run.abs = abs;
	fprintf(stderr, "pagecheck: Coccinelle on the %zu candidates built\n", run.n);
	status = tree_cocci(&run, found, &t->stats.cocci_files);
	t->stats.cocci_wall = clock_seconds() - start;
	for (size_t k = 0; k < run.n; k++) {
		struct results *mine = &t->files[of[k]].results;
		if (t->engine == ENGINE_ALL) {
			engines_merge(mine, &found[k], &t->engines);
		} else {
			results_add_file(mine, t->files[of[k]].rel)->analyzed = true;
			results_take(mine, &found[k]);
		}
		results_free(&found[k]);
	}
	free(of);
	t->stats.both = t->engines.both;
	t->stats.clang_only = t->engines.clang_only;
	t->stats.cocci_only = t->engines.cocci_only;
	t->stats.cocci_kept = t->engines.cocci_kept;
	free(found);
	free(rel);
	free(abs);
	return status;
}
