#include "report.h"

#include "rules.h"

#include <json-c/json.h>
#include <string.h>

static json_object *position(const char *file, unsigned line, unsigned col)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "file", json_object_new_string(file));
	json_object_object_add(o, "line", json_object_new_int((int)line));
	json_object_object_add(o, "column", json_object_new_int((int)col));
	return o;
}

static json_object *finding_json(const struct finding *f)
{
	json_object *o = position(f->file, f->line, f->col);
	json_object *trace = json_object_new_array();

	json_object_object_add(o, "rule", json_object_new_string(f->rule));
	json_object_object_add(o, "confidence",
			       json_object_new_string(f->definite ? "definite" : "possible"));
	json_object_object_add(o, "function", json_object_new_string(f->function));
	json_object_object_add(o, "expression", json_object_new_string(f->expr));
	json_object_object_add(o, "message", json_object_new_string(f->message));
	json_object_object_add(o, "fingerprint", json_object_new_string(f->fingerprint));
	if (f->field)
		json_object_object_add(o, "field", json_object_new_string(f->field));
	if (f->ref_in_field)
		json_object_object_add(o, "reference_in_field", json_object_new_boolean(1));
	{
		json_object *by = json_object_new_array();
		if (!f->found_by || (f->found_by & ENGINE_CLANG))
			json_object_array_add(by, json_object_new_string("clang"));
		if (f->found_by & ENGINE_COCCI)
			json_object_array_add(by, json_object_new_string("cocci"));
		json_object_object_add(o, "found_by", by);
	}
	for (size_t j = 0; j < f->nnotes; j++) {
		json_object *n = position(f->notes[j].file, f->notes[j].line, f->notes[j].col);
		json_object_object_add(n, "step", json_object_new_string(f->notes[j].text));
		json_object_array_add(trace, n);
	}
	json_object_object_add(o, "trace", trace);
	return o;
}

/* {"link_rounds": [{"file", "function"}, ...], ...}: where each bound hit. */
static json_object *truncated_json(const struct results *r)
{
	json_object *o = json_object_new_object();

	for (size_t i = 0; i < r->ncut; i++) {
		const struct truncation *t = &r->cut[i];
		json_object *where = json_object_new_object(), *list;
		if (!json_object_object_get_ex(o, bound_key(t->bound), &list)) {
			list = json_object_new_array();
			json_object_object_add(o, bound_key(t->bound), list);
		}
		json_object_object_add(where, "file", json_object_new_string(t->file));
		if (t->function)
			json_object_object_add(where, "function",
					       json_object_new_string(t->function));
		json_object_array_add(list, where);
	}
	return o;
}

/* Only when there are any: the usual document is unchanged. */
static void add_suppressions(json_object *root, const struct results *r)
{
	json_object *list;

	if (r->nsuppressed) {
		list = json_object_new_array();
		for (size_t i = 0; i < r->nsuppressed; i++) {
			json_object *o = finding_json(&r->suppressed[i].finding);
			json_object_object_add(o, "reason",
					       json_object_new_string(r->suppressed[i].reason));
			json_object_object_add(o, "marker_line",
					       json_object_new_int((int)r->suppressed[i].marker_line));
			json_object_array_add(list, o);
		}
		json_object_object_add(root, "suppressed", list);
	}
	if (r->nmarkers) {
		list = json_object_new_array();
		for (size_t i = 0; i < r->nmarkers; i++) {
			json_object *o = position(r->markers[i].file, r->markers[i].line, 1);
			json_object_object_add(o, "problem",
					       json_object_new_string(r->markers[i].problem));
			json_object_array_add(list, o);
		}
		json_object_object_add(root, "marker_problems", list);
	}
}

/* The steps from a site to the I/O, in the findings' "trace" form. */
static json_object *site_path_json(const struct site *s)
{
	json_object *path = json_object_new_array();

	for (size_t i = 0; i < s->npath; i++) {
		json_object *step = position(s->path[i].file, s->path[i].line, s->path[i].col);
		json_object_object_add(step, "step", json_object_new_string(s->path[i].text));
		json_object_array_add(path, step);
	}
	return path;
}

json_object *results_json(const struct results *r)
{
	json_object *root = json_object_new_object();
	json_object *findings = json_object_new_array(), *files = json_object_new_array();
	json_object *sites = json_object_new_array(), *summary = json_object_new_object();
	json_object *by_rule = json_object_new_object(), *stores = json_object_new_array();
	size_t definite = 0;

	for (size_t i = 0; i < r->nf; i++) {
		json_object *count;
		json_object_array_add(findings, finding_json(&r->f[i]));
		definite += r->f[i].definite;
		if (!json_object_object_get_ex(by_rule, r->f[i].rule, &count)) {
			count = json_object_new_int(0);
			json_object_object_add(by_rule, r->f[i].rule, count);
		}
		json_object_set_int(count, json_object_get_int(count) + 1);
	}
	for (size_t i = 0; i < r->nfiles; i++) {
		const struct file_status *s = &r->files[i];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "file", json_object_new_string(s->file));
		json_object_object_add(o, "status",
				       json_object_new_string(s->analyzed ? "analyzed" :
						      s->not_built ? "not built" : "failed"));
		if (s->reason)
			json_object_object_add(o, "reason", json_object_new_string(s->reason));
		json_object_object_add(o, "functions", json_object_new_int((int)s->functions));
		if (s->truncated)
			json_object_object_add(o, "functions_truncated",
					       json_object_new_int((int)s->truncated));
		json_object_array_add(files, o);
	}
	for (size_t i = 0; i < r->ns; i++) {
		const struct site *s = &r->s[i];
		json_object *o = position(s->file, s->line, s->col);
		json_object_object_add(o, "function", json_object_new_string(s->function));
		json_object_object_add(o, "api", json_object_new_string(s->api));
		json_object_object_add(o, "expression", json_object_new_string(s->expr));
		json_object_object_add(o, "origin", json_object_new_string(s->origin));
		json_object_object_add(o, "verdict", json_object_new_string(s->verdict));
		if (s->field)
			json_object_object_add(o, "field", json_object_new_string(s->field));
		if (s->reason)
			json_object_object_add(o, "reason", json_object_new_string(s->reason));
		if (s->npath)
			json_object_object_add(o, "path", site_path_json(s));
		if (s->finding)
			json_object_object_add(o, "finding", json_object_new_string(s->finding));
		json_object_array_add(sites, o);
	}
	for (size_t i = 0; i < r->nstores; i++) {
		const struct field_store *st = &r->stores[i];
		char origin[64];
		json_object *o = position(st->file, st->line, st->col);
		json_object_object_add(o, "field", json_object_new_string(st->field));
		json_object_object_add(o, "function", json_object_new_string(st->function));
		if (st->from_field)
			json_object_object_add(o, "from_field",
					       json_object_new_string(st->from_field));
		if (st->param)
			json_object_object_add(o, "param", json_object_new_int(st->param));
		json_object_object_add(o, "origin", json_object_new_string(
			origin_describe(st->origin, origin, sizeof(origin))));
		json_object_array_add(stores, o);
	}
	json_object_object_add(summary, "files", json_object_new_int((int)r->nfiles));
	json_object_object_add(summary, "failed",
			       json_object_new_int((int)results_failed_files(r)));
	json_object_object_add(summary, "findings", json_object_new_int((int)r->nf));
	json_object_object_add(summary, "definite", json_object_new_int((int)definite));
	json_object_object_add(summary, "by_rule", by_rule);
	json_object_object_add(root, "version", json_object_new_int(1));
	json_object_object_add(root, "summary", summary);
	json_object_object_add(root, "files", files);
	json_object_object_add(root, "findings", findings);
	json_object_object_add(root, "sites", sites);
	json_object_object_add(root, "field_stores", stores);
	if (r->ncut)	/* only when a bound hit: the usual document is unchanged */
		json_object_object_add(root, "truncated", truncated_json(r));
	add_suppressions(root, r);
	return root;
}

static void add_string(json_object *o, const char *key, const char *value)
{
	if (value)
		json_object_object_add(o, key, json_object_new_string(value));
}

json_object *results_json_full(const struct results *r)
{
	json_object *root = results_json(r), *sites, *findings;

	json_object_object_get_ex(root, "sites", &sites);
	json_object_object_get_ex(root, "findings", &findings);
	for (size_t i = 0; i < r->ns; i++) {
		const struct site *s = &r->s[i];
		json_object *o = json_object_array_get_idx(sites, i);
		if (s->to_callers)
			json_object_object_add(o, "to_callers", json_object_new_boolean(1));
		if (s->through_helper)
			json_object_object_add(o, "through_helper", json_object_new_boolean(1));
		add_string(o, "into_field", s->into_field);
		add_string(o, "handed_to", s->handed_to);
	}
	for (size_t i = 0; i < r->nf; i++)
		add_string(json_object_array_get_idx(findings, i), "via_field", r->f[i].via_field);
	return root;
}

void json_write(FILE *out, json_object *doc)
{
	fputs(json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PRETTY |
						  JSON_C_TO_STRING_NOSLASHESCAPE), out);
	fputc('\n', out);
}

void report_json(FILE *out, const struct results *r)
{
	json_object *root = results_json(r);

	json_write(out, root);
	json_object_put(root);
}
