/* Reading a --format=json document back into results: a tree run keeps one
 * document per file (its cache) and merges them, so that the merged reports
 * are written by the same report_text()/report_json() as a single run. */
#include "report.h"
#include "rules.h"
#include "util.h"
#include "../checkers/checker.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

static const char *const verdicts[] = {"guarded", "missing", "released", "escapes",
					     "cpu-only", "kernel-private", "not-secure"};

static const char *str(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static unsigned num(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) ? (unsigned)json_object_get_int(v) : 0;
}

static json_object *array(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

/* verdicts are static strings in results: intern them */
/* A copy of an optional string, or NULL. */
static char *opt_string(json_object *o, const char *key)
{
	return str(o, key) ? xstrdup(str(o, key)) : NULL;
}

static bool flag(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) && json_object_get_boolean(v);
}

static const char *verdict_of(const char *s)
{
	for (size_t i = 0; s && i < sizeof(verdicts) / sizeof(verdicts[0]); i++)
		if (!strcmp(verdicts[i], s))
			return verdicts[i];
	return NULL;
}

static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static int load_finding(json_object *o, struct results *r)
{
	const char *rule = checker_id(str(o, "rule")), *fp = str(o, "fingerprint");
	json_object *trace = array(o, "trace");
	struct finding *f;

	if (!rule || !str(o, "file") || !trace)
		return -1;
	f = results_add_finding(r);
	f->rule = rule;
	f->definite = str(o, "confidence") && !strcmp(str(o, "confidence"), "definite");
	f->file = xstrdup(str(o, "file"));
	f->function = dup_or_empty(str(o, "function"));
	f->message = dup_or_empty(str(o, "message"));
	f->expr = dup_or_empty(str(o, "expression"));
	f->line = num(o, "line");
	f->col = num(o, "column");
	snprintf(f->fingerprint, sizeof(f->fingerprint), "%s", fp ? fp : "");
	f->field = opt_string(o, "field");
	f->ref_in_field = flag(o, "reference_in_field");
	f->via_field = opt_string(o, "via_field");
	{
		json_object *by;
		if (json_object_object_get_ex(o, "found_by", &by) &&
		    json_object_is_type(by, json_type_array))
			for (size_t i = 0; i < json_object_array_length(by); i++) {
				const char *e = json_object_get_string(json_object_array_get_idx(by, i));
				if (!e)
					continue;
				f->found_by |= !strcmp(e, "clang") ? ENGINE_CLANG :
					       !strcmp(e, "cocci") ? ENGINE_COCCI : 0;
			}
	}
	for (size_t i = 0; i < json_object_array_length(trace); i++) {
		json_object *n = json_object_array_get_idx(trace, i);
		finding_add_note(f, str(n, "file") ? str(n, "file") : "", num(n, "line"),
				 num(n, "column"), str(n, "step") ? str(n, "step") : "");
	}
	return 0;
}

static int load_site(json_object *o, struct results *r)
{
	const char *verdict = verdict_of(str(o, "verdict"));
	struct site *s;

	if (!verdict || !str(o, "file"))
		return -1;
	s = results_add_site(r);
	s->file = xstrdup(str(o, "file"));
	s->function = dup_or_empty(str(o, "function"));
	s->api = dup_or_empty(str(o, "api"));
	s->expr = dup_or_empty(str(o, "expression"));
	s->origin = dup_or_empty(str(o, "origin"));
	s->line = num(o, "line");
	s->col = num(o, "column");
	s->verdict = verdict;
	s->field = opt_string(o, "field");
	s->reason = opt_string(o, "reason");
	/* results_json_full()'s */
	s->to_callers = flag(o, "to_callers");
	s->through_helper = flag(o, "through_helper");
	s->into_field = opt_string(o, "into_field");
	s->handed_to = opt_string(o, "handed_to");
	return 0;
}

static int load_store(json_object *o, struct results *r)
{
	struct field_store *st;

	if (!str(o, "field") || !str(o, "file") || !str(o, "origin"))
		return -1;
	st = results_add_store(r);
	st->field = xstrdup(str(o, "field"));
	st->from_field = opt_string(o, "from_field");
	st->origin = origin_parse(str(o, "origin"));
	st->param = json_object_object_get(o, "param") ? num(o, "param") : 0;
	st->file = xstrdup(str(o, "file"));
	st->function = dup_or_empty(str(o, "function"));
	st->line = num(o, "line");
	st->col = num(o, "column");
	return 0;
}

static int load_file_status(json_object *o, struct results *r)
{
	const char *status = str(o, "status"), *reason = str(o, "reason");
	struct file_status *st;

	if (!str(o, "file") || !status)
		return -1;
	st = results_add_file(r, str(o, "file"));
	st->analyzed = !strcmp(status, "analyzed");
	st->not_built = !strcmp(status, "not built");
	st->reason = reason ? xstrdup(reason) : NULL;
	st->functions = num(o, "functions");
	st->truncated = num(o, "functions_truncated");
	return 0;
}

/* "truncated": the bounds that hit, as report_json() writes them; a bound
 * this binary does not know is skipped. */
static int load_truncated(json_object *doc, struct results *r)
{
	json_object *o;

	if (!json_object_object_get_ex(doc, "truncated", &o))
		return 0;
	if (!json_object_is_type(o, json_type_object))
		return -1;
	json_object_object_foreach(o, key, list) {
		enum bound b = bound_of_key(key);
		if (!json_object_is_type(list, json_type_array))
			return -1;
		for (size_t i = 0; b != NBOUNDS && i < json_object_array_length(list); i++) {
			json_object *where = json_object_array_get_idx(list, i);
			if (!str(where, "file"))
				return -1;
			results_note_truncated(r, b, str(where, "file"), str(where, "function"));
		}
	}
	return 0;
}

json_object *findings_doc_load(const char *path, const char *who, bool need_sites)
{
	json_object *doc = json_object_from_file(path);
	const char *err;

	if (!doc) {
		err = json_util_get_last_err();
		fprintf(stderr, "pagecheck: %s%s: cannot be read as JSON: %.*s\n", who, path,
			err ? (int)strcspn(err, "\n") : 1, err ? err : "?");
		return NULL;
	}
	if (!array(doc, "findings") || (need_sites && !array(doc, "sites"))) {
		fprintf(stderr, "pagecheck: %s%s: not a findings.json (no \"findings\"%s list)\n",
			who, path, need_sites ? " and \"sites\"" : "");
		json_object_put(doc);
		return NULL;
	}
	return doc;
}

int results_load_json(const char *path, struct results *r)
{
	json_object *doc = json_object_from_file(path);
	int bad;

	if (!doc)
		return -1;
	bad = results_load_doc(doc, r);
	json_object_put(doc);
	return bad;
}

int results_load_doc(json_object *doc, struct results *r)
{
	json_object *findings = array(doc, "findings"), *sites = array(doc, "sites");
	json_object *files = array(doc, "files"), *stores = array(doc, "field_stores");
	int bad = 0;

	if (!findings || !sites || !files)
		return -1;
	for (size_t i = 0; !bad && i < json_object_array_length(files); i++)
		bad = load_file_status(json_object_array_get_idx(files, i), r);
	for (size_t i = 0; !bad && i < json_object_array_length(findings); i++)
		bad = load_finding(json_object_array_get_idx(findings, i), r);
	for (size_t i = 0; !bad && i < json_object_array_length(sites); i++)
		bad = load_site(json_object_array_get_idx(sites, i), r);
	for (size_t i = 0; !bad && stores && i < json_object_array_length(stores); i++)
		bad = load_store(json_object_array_get_idx(stores, i), r);
	if (!bad)
		bad = load_truncated(doc, r);
	return bad ? -1 : 0;
}
