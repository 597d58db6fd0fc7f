/* A warm run with nothing changed solved the whole program again (~8 s of
 * a 6.1 tree's 11 s). The judgement is a function of the analyzed files'
 * IRs and results, of pagecheck and of the catalog: when none of them
 * changed, the last run's verdicts are read back instead. The key is made
 * of the cache entries' seals, which hold the hashes of those outputs, so
 * an IR that changed, a file added or gone, or a rebuilt pagecheck makes
 * a new judgement. */
#include "judge_snapshot.h"
#include "report.h"
#include "util.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool tree_file_analyzed(const struct tree_file *f)
{
	for (size_t j = 0; j < f->results.nfiles; j++)
		if (f->results.files[j].analyzed)
			return true;
	return false;
}

static char *snapshot_path(const struct tree_run *t)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s/judged.json", t->cache.dir);
	return sb_detach(&sb);
}

unsigned long long judge_snapshot_key(const struct tree_run *t)
{
	unsigned long long h = fnv1a("judged 1", t->cache.tool_key);

	for (size_t i = 0; i < t->nfiles; i++) {
		const struct tree_file *f = &t->files[i];
		struct strbuf seal = {0};
		char *deps;
		if (!tree_file_analyzed(f))
			continue;
		deps = cache_deps_path(&t->cache, f->rel);
		h = fnv1a(f->rel, h);
		h = fnv1a(sb_read_file(&seal, deps) || !seal.buf ? "(no seal)" : seal.buf, h);
		sb_release(&seal);
		free(deps);
	}
	return h;
}

static const char *string_at(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : NULL;
}

/* Every analyzed file's results, in file order, into fresh[]. */
static bool load_files(const struct tree_run *t, json_object *files, struct results *fresh)
{
	size_t k = 0;

	if (!files || !json_object_is_type(files, json_type_array))
		return false;
	for (size_t i = 0; i < t->nfiles; i++) {
		json_object *entry, *res;
		const char *rel;
		if (!tree_file_analyzed(&t->files[i]))
			continue;
		entry = json_object_array_get_idx(files, k++);
		rel = entry ? string_at(entry, "file") : NULL;
		if (!rel || strcmp(rel, t->files[i].rel) ||
		    !json_object_object_get_ex(entry, "results", &res) ||
		    results_load_doc(res, &fresh[i]))
			return false;
	}
	return k == json_object_array_length(files);
}

bool judge_snapshot_load(struct tree_run *t, unsigned long long key)
{
	char *path = snapshot_path(t), want[32];
	json_object *doc = access(path, R_OK) ? NULL : json_object_from_file(path);
	struct results *fresh = xcalloc(t->nfiles + 1, sizeof(*fresh));
	json_object *v, *files = NULL;
	const char *summaries = doc ? string_at(doc, "summaries") : NULL;
	bool ok;

	snprintf(want, sizeof(want), "%llx", key);
	ok = doc && string_at(doc, "key") && !strcmp(string_at(doc, "key"), want) &&
	     summaries && !access(summaries, R_OK) &&
	     json_object_object_get_ex(doc, "files", &files) && load_files(t, files, fresh);
	for (size_t i = 0; i < t->nfiles; i++) {
		if (ok && tree_file_analyzed(&t->files[i])) {
			results_free(&t->files[i].results);
			t->files[i].results = fresh[i];
		} else {
			results_free(&fresh[i]);
		}
	}
	if (ok) {
		t->summaries = xstrdup(summaries);
		t->stats.summaries = t->summaries;
		t->stats.link_functions = json_object_object_get_ex(doc, "link_functions", &v) ?
					  (size_t)json_object_get_int64(v) : 0;
		t->stats.link_reused = true;
	}
	free(fresh);
	json_object_put(doc);
	free(path);
	return ok;
}

void judge_snapshot_write(const struct tree_run *t, unsigned long long key)
{
	char *path = snapshot_path(t), hex[32];
	json_object *doc = json_object_new_object(), *files = json_object_new_array();
	struct strbuf tmp = {0};
	FILE *out;

	snprintf(hex, sizeof(hex), "%llx", key);
	json_object_object_add(doc, "key", json_object_new_string(hex));
	json_object_object_add(doc, "summaries", json_object_new_string(t->summaries));
	json_object_object_add(doc, "link_functions",
			       json_object_new_int64((int64_t)t->stats.link_functions));
	for (size_t i = 0; i < t->nfiles; i++) {
		json_object *entry;
		if (!tree_file_analyzed(&t->files[i]))
			continue;
		entry = json_object_new_object();
		json_object_object_add(entry, "file", json_object_new_string(t->files[i].rel));
		json_object_object_add(entry, "results", results_json_full(&t->files[i].results));
		json_object_array_add(files, entry);
	}
	json_object_object_add(doc, "files", files);
	if ((out = replace_open(path, &tmp)))
		fputs(json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PLAIN), out);
	if (replace_commit(out, &tmp, path))
		fprintf(stderr, "pagecheck: %s: cannot be written (the next run judges again)\n",
			path);
	sb_release(&tmp);
	json_object_put(doc);
	free(path);
}
