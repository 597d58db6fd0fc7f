#include "baseline.h"
#include "report.h"
#include "util.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

/* fingerprint -> how many baseline findings have it */
static json_object *baseline_counts(const char *path)
{
	json_object *doc = findings_doc_load(path, "--baseline ", false), *findings, *counts;

	if (!doc)
		return NULL;
	json_object_object_get_ex(doc, "findings", &findings);
	counts = json_object_new_object();
	for (size_t i = 0; i < json_object_array_length(findings); i++) {
		json_object *fp, *n;
		const char *key;
		if (!json_object_object_get_ex(json_object_array_get_idx(findings, i),
					       "fingerprint", &fp))
			continue;
		key = json_object_get_string(fp);
		if (!json_object_object_get_ex(counts, key, &n)) {
			n = json_object_new_int(0);
			json_object_object_add(counts, key, n);
		}
		json_object_set_int(n, json_object_get_int(n) + 1);
	}
	json_object_put(doc);
	return counts;
}

int baseline_filter(struct results *r, const char *path, size_t *matched)
{
	json_object *counts = baseline_counts(path);
	size_t kept = 0;

	*matched = 0;
	if (!counts)
		return -1;
	for (size_t i = 0; i < r->nf; i++) {
		json_object *n;
		if (json_object_object_get_ex(counts, r->f[i].fingerprint, &n) &&
		    json_object_get_int(n) > 0) {
			json_object_set_int(n, json_object_get_int(n) - 1);
			finding_release(&r->f[i]);
			(*matched)++;
		} else {
			r->f[kept++] = r->f[i];
		}
	}
	r->nf = kept;
	json_object_put(counts);
	return 0;
}

int baseline_report(struct results *r, const char *path)
{
	size_t matched;

	if (baseline_filter(r, path, &matched))
		return -1;
	fprintf(stderr, "pagecheck: baseline: %zu finding%s of %s left out (known)\n", matched,
		matched == 1 ? "" : "s", path);
	return 0;
}
