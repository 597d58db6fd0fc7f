/* findings.json read for the audit and checked whole first, so the
 * writers can take every member they use as there and of its type. */
#include "audit.h"
#include "../checkers/checker.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const finding_strings[] = {"file", "rule", "confidence", "function",
					      "expression", "message", "fingerprint", NULL};
static const char *const site_strings[] = {"file", "function", "api", "expression",
					   "verdict", NULL};

const char *audit_str(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
		       ? json_object_get_string(v) : "";
}

int audit_int(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_int(v) : 0;
}

void audit_top_dir(const char *file, char *out, size_t size)
{
	const char *slash = strchr(file, '/');

	if (slash)
		snprintf(out, size, "%.*s", (int)(slash - file + 1), file);
	else
		snprintf(out, size, "./");
}

/* Says what member of what entry is wrong: "findings[3]: no \"rule\" string" */
static int bad(const char *path, const char *array, size_t i, const char *what,
	       const char *key)
{
	fprintf(stderr, "pagecheck: audit: %s: %s[%zu]: %s \"%s\"\n", path, array, i, what, key);
	return -1;
}

static int check_position(const char *path, const char *array, size_t i, json_object *o)
{
	json_object *v;

	if (!json_object_is_type(o, json_type_object))
		return bad(path, array, i, "is not an object, want", "file");
	if (!json_object_object_get_ex(o, "file", &v) || !json_object_is_type(v, json_type_string))
		return bad(path, array, i, "no string", "file");
	if (!json_object_object_get_ex(o, "line", &v) || !json_object_is_type(v, json_type_int))
		return bad(path, array, i, "no number", "line");
	return 0;
}

static int check_entries(const char *path, const char *name, json_object *array,
			 const char *const *strings)
{
	for (size_t i = 0; i < json_object_array_length(array); i++) {
		json_object *o = json_object_array_get_idx(array, i), *v;
		if (check_position(path, name, i, o))
			return -1;
		for (const char *const *k = strings; *k; k++)
			if (!json_object_object_get_ex(o, *k, &v) ||
			    !json_object_is_type(v, json_type_string))
				return bad(path, name, i, "no string", *k);
		if (strings != finding_strings)
			continue;
		if (!json_object_object_get_ex(o, "trace", &v) || !json_object_is_type(v, json_type_array))
			return bad(path, name, i, "no array", "trace");
		for (size_t j = 0; j < json_object_array_length(v); j++) {
			json_object *step = json_object_array_get_idx(v, j), *text;
			if (check_position(path, "trace of a finding", j, step))
				return -1;
			if (!json_object_object_get_ex(step, "step", &text) ||
			    !json_object_is_type(text, json_type_string))
				return bad(path, "trace of a finding", j, "no string", "step");
		}
	}
	return 0;
}

/* The document at path, or NULL after saying why not. */
static json_object *read_document(const char *path)
{
	const char *why = file_unreadable(path);
	json_object *doc;

	if (why) {
		fprintf(stderr, "pagecheck: audit: %s: %s\n", path, why);
		return NULL;
	}
	if (!(doc = json_object_from_file(path))) {
		const char *err = json_util_get_last_err();
		err = err ? err : "unreadable";
		fprintf(stderr, "pagecheck: audit: %s: not JSON: %.*s\n", path,
			(int)strcspn(err, "\n"), err);
		return NULL;
	}
	if (!json_object_is_type(doc, json_type_object)) {
		fprintf(stderr, "pagecheck: audit: %s: not a findings document (not an object)\n",
			path);
		json_object_put(doc);
		return NULL;
	}
	return doc;
}

static json_object *array_member(const char *path, json_object *doc, const char *key)
{
	json_object *v;

	if (json_object_object_get_ex(doc, key, &v) && json_object_is_type(v, json_type_array))
		return v;
	fprintf(stderr, "pagecheck: audit: %s: not a findings document (no \"%s\" array)\n",
		path, key);
	return NULL;
}

static int load_diff(struct audit *a, const char *path)
{
	json_object *part;

	if (!(a->diff = read_document(path)))
		return -1;
	a->diff_path = path;
	if (!json_object_object_get_ex(a->diff, "findings", &part) ||
	    !json_object_is_type(part, json_type_object) ||
	    !json_object_object_get_ex(a->diff, "sites", &part) ||
	    !json_object_is_type(part, json_type_object)) {
		fprintf(stderr, "pagecheck: audit: %s: not a diff of pagecheck diff "
			"(no \"findings\" and \"sites\" objects)\n", path);
		return -1;
	}
	return 0;
}

int audit_load(struct audit *a, const char *reports_dir, const char *diff_path,
	       const char *srctree)
{
	struct strbuf path = {0};
	const char *tree_srctree;

	memset(a, 0, sizeof(*a));
	sb_addf(&path, "%s/findings.json", reports_dir);
	a->json_path = sb_detach(&path);
	if (!(a->doc = read_document(a->json_path)) ||
	    !(a->findings = array_member(a->json_path, a->doc, "findings")) ||
	    !(a->sites = array_member(a->json_path, a->doc, "sites")) ||
	    check_entries(a->json_path, "findings", a->findings, finding_strings) ||
	    check_entries(a->json_path, "sites", a->sites, site_strings))
		return -1;
	if (!json_object_object_get_ex(a->doc, "tree", &a->tree) ||
	    !json_object_is_type(a->tree, json_type_object)) {
		a->tree = json_object_new_object();
		json_object_object_add(a->doc, "tree", a->tree);
	}
	tree_srctree = srctree ? srctree : audit_str(a->tree, "srctree");
	if (*tree_srctree)
		a->sources.srctree = xstrdup(tree_srctree);
	return diff_path ? load_diff(a, diff_path) : 0;
}

void audit_free(struct audit *a)
{
	json_object_put(a->doc);
	json_object_put(a->diff);
	audit_sources_free(&a->sources);
	free((char *)a->json_path);
	memset(a, 0, sizeof(*a));
}

/* Does the finding's path start at the site (or report at it)? */
static int starts_at(json_object *finding, json_object *site)
{
	json_object *trace;

	if (strcmp(audit_str(finding, "file"), audit_str(site, "file")) ||
	    strcmp(audit_str(finding, "function"), audit_str(site, "function")))
		return 0;
	if (audit_int(finding, "line") == audit_int(site, "line"))
		return 1;
	json_object_object_get_ex(finding, "trace", &trace);
	return json_object_array_length(trace) &&
	       audit_int(json_object_array_get_idx(trace, 0), "line") == audit_int(site, "line");
}

static json_object *site_finding(const struct audit *a, json_object *site)
{
	for (size_t i = 0; i < json_object_array_length(a->findings); i++)
		if (starts_at(json_object_array_get_idx(a->findings, i), site))
			return json_object_array_get_idx(a->findings, i);
	return NULL;
}

const char *audit_site_rule(const struct audit *a, json_object *site)
{
	json_object *f = site_finding(a, site);

	return f ? audit_str(f, "rule") : "";
}

const char *audit_site_confidence(const struct audit *a, json_object *site)
{
	json_object *f = site_finding(a, site);

	return f ? audit_str(f, "confidence") : "";
}

const char *audit_finding_verdict(json_object *finding)
{
	const char *rule = audit_str(finding, "rule");

	for (int i = 0; i < ncheckers; i++)
		if (checkers[i]->id && !strcmp(checkers[i]->id, rule) && checkers[i]->site_verdict)
			return checkers[i]->site_verdict;
	return "";
}
