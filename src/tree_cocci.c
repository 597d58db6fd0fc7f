/* The Coccinelle engine over a tree's candidate files: one spatch run (its
 * own -j workers) over the files without a valid cached result, then one
 * cache entry per file ("<file>#cocci"), keyed by the semantic patch and
 * depending on the file alone (spatch runs with --no-includes). */
#include "tree_cocci.h"
#include "cocci_gen.h"
#include "report.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *entry_name(const char *rel)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s#cocci", rel);
	return sb_detach(&sb);
}

static void store(struct result_cache *cache, const char *rel, const char *abs,
		  unsigned long long key, struct results *r)
{
	char *name = entry_name(rel), *json = cache_json_path(cache, name);
	struct argv_list none = {0};
	struct strbuf tmp = {0};
	FILE *f = replace_open(json, &tmp);

	if (f)
		report_json(f, r);
	if (!replace_commit(f, &tmp, json))
		cache_seal(cache, name, abs, key, &none);
	free(json);
	free(name);
}

int tree_cocci(const struct tree_cocci_run *run, struct results *per_file, size_t *ran)
{
	char *patch = cocci_generate_all(run->cat);
	struct argv_list key_text = {0}, todo = {0};
	unsigned long long key;
	struct results found = {0};
	size_t *index = xcalloc(run->n + 1, sizeof(*index));
	int status = 0;

	argv_push(&key_text, patch);
	key = cache_key(run->cache, &key_text);
	argv_free(&key_text);
	free(patch);
	for (size_t i = 0; i < run->n; i++) {
		char *name = entry_name(run->rel[i]), *json = cache_json_path(run->cache, name);
		struct results cached = {0};
		if (!run->no_cache && cache_check(run->cache, name, key, NULL) == CACHE_VALID &&
		    !results_load_json(json, &cached)) {
			results_take(&per_file[i], &cached);
		} else {
			results_free(&cached);
			index[todo.n] = i;
			argv_push(&todo, run->abs[i]);
		}
		free(json);
		free(name);
	}
	*ran = (size_t)todo.n;
	if (todo.n && cocci_check(run->cat, &run->options, &todo, &found))
		status = -1;
	for (int t = 0; !status && t < todo.n; t++) {
		size_t i = index[t];
		struct results mine = {0};
		/* this file's findings, its path relative to the tree */
		for (size_t k = 0; k < found.nf; k++)
			if (found.f[k].file && !strcmp(found.f[k].file, run->abs[i])) {
				*results_add_finding(&mine) = found.f[k];
				memset(&found.f[k], 0, sizeof(found.f[k]));	/* moved */
			}
		results_relative_to(&mine, run->srctree);
		store(run->cache, run->rel[i], run->abs[i], key, &mine);
		results_take(&per_file[i], &mine);
	}
	/* what was moved is owned elsewhere: free only what is left */
	{
		size_t kept = 0;
		for (size_t k = 0; k < found.nf; k++)
			if (found.f[k].rule)
				found.f[kept++] = found.f[k];
		found.nf = kept;
	}
	results_free(&found);
	argv_free(&todo);
	free(index);
	return status;
}
