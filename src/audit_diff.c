/* Matching two audits' findings and sites without line numbers: each list
 * is indexed by its key, and an entry of the old list takes the first
 * untaken entry of the new one with the same key (the same key twice, as a
 * page mapped twice in one function, pairs in order). */
#include "audit_diff.h"
#include "util.h"

#include <json-c/json.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const char *field(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

static json_object *list(json_object *doc, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(doc, key, &v) || !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

/* What two audits have in common names the same thing. */
struct kind {
	const char *list;		/* "findings", "sites" */
	char *(*key)(json_object *o);
	bool (*same)(json_object *a, json_object *b);
};

static char *finding_key(json_object *o)
{
	return xstrdup(field(o, "fingerprint"));
}

static bool finding_same(json_object *a, json_object *b)
{
	return !strcmp(field(a, "confidence"), field(b, "confidence")) &&
	       !strcmp(field(a, "message"), field(b, "message")) &&
	       !strcmp(field(a, "rule"), field(b, "rule"));
}

static char *site_key(json_object *o)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s\n%s\n%s\n%s", field(o, "file"), field(o, "function"), field(o, "api"),
		field(o, "expression"));
	return sb_detach(&sb);
}

static bool site_same(json_object *a, json_object *b)
{
	return !strcmp(field(a, "verdict"), field(b, "verdict"));
}

static const struct kind kinds[] = {
	{"findings", finding_key, finding_same},
	{"sites", site_key, site_same},
};

/* key -> array of the indexes of new's entries with that key, in order */
static json_object *index_by_key(json_object *entries, const struct kind *k)
{
	json_object *idx = json_object_new_object();

	for (size_t i = 0; entries && i < json_object_array_length(entries); i++) {
		char *key = k->key(json_object_array_get_idx(entries, i));
		json_object *at;
		if (!json_object_object_get_ex(idx, key, &at)) {
			at = json_object_new_array();
			json_object_object_add(idx, key, at);
		}
		json_object_array_add(at, json_object_new_int((int)i));
		free(key);
	}
	return idx;
}

/* The index of new's first untaken entry under old entry o's key, or -1. */
static int take_match(json_object *idx, const struct kind *k, json_object *o, bool *taken)
{
	char *key = k->key(o);
	json_object *at;
	int found = -1;

	if (json_object_object_get_ex(idx, key, &at))
		for (size_t j = 0; found < 0 && j < json_object_array_length(at); j++) {
			int n = json_object_get_int(json_object_array_get_idx(at, j));
			if (!taken[n]) {
				taken[n] = true;
				found = n;
			}
		}
	free(key);
	return found;
}

static json_object *diff_kind(json_object *old_doc, json_object *new_doc, const struct kind *k)
{
	json_object *olds = list(old_doc, k->list), *news = list(new_doc, k->list);
	size_t nnew = news ? json_object_array_length(news) : 0;
	json_object *idx = index_by_key(news, k), *out = json_object_new_object();
	json_object *appeared = json_object_new_array(), *gone = json_object_new_array();
	json_object *changed = json_object_new_array();
	bool *taken = xcalloc(nnew + 1, sizeof(*taken));

	for (size_t i = 0; olds && i < json_object_array_length(olds); i++) {
		json_object *o = json_object_array_get_idx(olds, i), *n, *pair;
		int m = take_match(idx, k, o, taken);
		if (m < 0) {
			json_object_array_add(gone, json_object_get(o));
			continue;
		}
		n = json_object_array_get_idx(news, (size_t)m);
		if (k->same(o, n))
			continue;
		pair = json_object_new_object();
		json_object_object_add(pair, "old", json_object_get(o));
		json_object_object_add(pair, "new", json_object_get(n));
		json_object_array_add(changed, pair);
	}
	for (size_t i = 0; i < nnew; i++)
		if (!taken[i])
			json_object_array_add(appeared, json_object_get(json_object_array_get_idx(news, i)));
	free(taken);
	json_object_put(idx);
	json_object_object_add(out, "appeared", appeared);
	json_object_object_add(out, "disappeared", gone);
	json_object_object_add(out, "changed", changed);
	return out;
}

/* {<the document's "tree" object, or {}>, "path": path} */
static json_object *side(json_object *doc, const char *path)
{
	json_object *tree, *o = NULL;

	if (json_object_object_get_ex(doc, "tree", &tree) &&
	    json_object_is_type(tree, json_type_object))
		json_object_deep_copy(tree, &o, NULL);
	else
		o = json_object_new_object();
	json_object_object_add(o, "path", json_object_new_string(path));
	return o;
}

json_object *audit_diff(json_object *old_doc, const char *old_path, json_object *new_doc,
			const char *new_path)
{
	json_object *diff = json_object_new_object();

	json_object_object_add(diff, "old", side(old_doc, old_path));
	json_object_object_add(diff, "new", side(new_doc, new_path));
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		json_object_object_add(diff, kinds[i].list, diff_kind(old_doc, new_doc, &kinds[i]));
	return diff;
}

static json_object *group(json_object *diff, const char *kind, const char *change)
{
	json_object *k, *g;

	if (!json_object_object_get_ex(diff, kind, &k) || !json_object_object_get_ex(k, change, &g))
		return NULL;
	return g;
}

static size_t count(json_object *diff, const char *kind, const char *change)
{
	json_object *g = group(diff, kind, change);

	return g ? json_object_array_length(g) : 0;
}

static void print_finding(FILE *out, const char *mark, json_object *f, const char *confidence)
{
	fprintf(out, "%s finding %s:%d: %s() '%s': %s (%s) [%s]\n", mark, field(f, "file"),
		json_object_get_int(json_object_object_get(f, "line")), field(f, "function"),
		field(f, "expression"), field(f, "message"), confidence, field(f, "rule"));
}

static void print_site(FILE *out, const char *mark, json_object *s, const char *verdict)
{
	fprintf(out, "%s site %s:%d: %s() %s('%s'): %s\n", mark, field(s, "file"),
		json_object_get_int(json_object_object_get(s, "line")), field(s, "function"),
		field(s, "api"), field(s, "expression"), verdict);
}

/* The entries of one group, each as it is now: "+", "-" */
static void print_group(FILE *out, json_object *diff, const char *kind, const char *change,
			const char *mark)
{
	json_object *g = group(diff, kind, change);

	for (size_t i = 0; g && i < json_object_array_length(g); i++) {
		json_object *e = json_object_array_get_idx(g, i);
		if (!strcmp(kind, "findings"))
			print_finding(out, mark, e, field(e, "confidence"));
		else
			print_site(out, mark, e, field(e, "verdict"));
	}
}

static void print_changes(FILE *out, json_object *diff, const char *kind)
{
	json_object *g;
	bool finding = !strcmp(kind, "findings");

	print_group(out, diff, kind, "appeared", "+");
	print_group(out, diff, kind, "disappeared", "-");
	if ((g = group(diff, kind, "changed")))
		for (size_t i = 0; i < json_object_array_length(g); i++) {
			json_object *p = json_object_array_get_idx(g, i);
			json_object *o = json_object_object_get(p, "old");
			json_object *n = json_object_object_get(p, "new");
			struct strbuf sb = {0};
			if (finding) {
				if (strcmp(field(o, "confidence"), field(n, "confidence")))
					sb_addf(&sb, "%s -> %s", field(o, "confidence"),
						field(n, "confidence"));
				else	/* same verdict, other words (a guard's name) */
					sb_addf(&sb, "%s; the message changed", field(n, "confidence"));
				print_finding(out, "~", n, sb.buf);
			} else {
				sb_addf(&sb, "%s -> %s", field(o, "verdict"), field(n, "verdict"));
				print_site(out, "~", n, sb.buf);
			}
			sb_release(&sb);
		}
}

void audit_diff_text(FILE *out, json_object *diff)
{
	print_changes(out, diff, "findings");
	print_changes(out, diff, "sites");
	fprintf(out, "diff: findings %zu appeared, %zu disappeared, %zu changed; "
		"sites %zu appeared, %zu disappeared, %zu changed\n",
		count(diff, "findings", "appeared"), count(diff, "findings", "disappeared"),
		count(diff, "findings", "changed"), count(diff, "sites", "appeared"),
		count(diff, "sites", "disappeared"), count(diff, "sites", "changed"));
}

size_t audit_diff_appeared(json_object *diff)
{
	return count(diff, "findings", "appeared");
}
