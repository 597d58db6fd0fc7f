/* findings.sarif: SARIF 2.1.0 for code-scanning tools. The rules come from
 * the checkers' registry with the catalog's words (rules.yaml rules:);
 * locations are relative to the tree (uriBaseId SRCROOT); the line-free
 * fingerprint is the partial fingerprint, and the trace is the code flow. */
#include "audit.h"
#include "../checkers/checker.h"
#include "report.h"
#include "util.h"
#include "version.h"

#include <string.h>

#define SRCROOT "SRCROOT"

static json_object *text(const char *s)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "text", json_object_new_string(s));
	return o;
}

static json_object *rule_json(const struct catalog *cat, const char *id)
{
	const struct rule_text *t = catalog_rule_text(cat, id);
	json_object *r = json_object_new_object(), *conf = json_object_new_object();
	struct strbuf doc = {0}, help = {0};

	for (size_t i = 0; t && i < t->doc.n; i++)
		sb_addf(&doc, "%s%s", i ? " " : "", t->doc.names[i]);
	sb_addf(&help, "%s See the rule '%s' in pagecheck's rules.yaml; a finding's code flow "
		"is the path from the new reference to the I/O.", doc.buf ? doc.buf : id, id);
	json_object_object_add(r, "id", json_object_new_string(id));
	json_object_object_add(r, "shortDescription", text(t && t->title ? t->title : id));
	json_object_object_add(r, "fullDescription", text(doc.buf ? doc.buf : id));
	json_object_object_add(r, "help", text(help.buf));
	json_object_object_add(conf, "level", json_object_new_string("error"));
	json_object_object_add(r, "defaultConfiguration", conf);
	sb_release(&doc);
	sb_release(&help);
	return r;
}

static json_object *location(json_object *at, const char *message)
{
	json_object *loc = json_object_new_object(), *phys = json_object_new_object();
	json_object *art = json_object_new_object(), *region = json_object_new_object();

	json_object_object_add(art, "uri", json_object_new_string(audit_str(at, "file")));
	json_object_object_add(art, "uriBaseId", json_object_new_string(SRCROOT));
	json_object_object_add(phys, "artifactLocation", art);
	json_object_object_add(region, "startLine", json_object_new_int(
		audit_int(at, "line") > 0 ? audit_int(at, "line") : 1));
	if (audit_int(at, "column") > 0)
		json_object_object_add(region, "startColumn",
				       json_object_new_int(audit_int(at, "column")));
	json_object_object_add(phys, "region", region);
	json_object_object_add(loc, "physicalLocation", phys);
	if (message)
		json_object_object_add(loc, "message", text(message));
	return loc;
}

static json_object *code_flow(json_object *f)
{
	json_object *flow = json_object_new_object(), *threads = json_object_new_array();
	json_object *thread = json_object_new_object(), *locs = json_object_new_array(), *trace;

	json_object_object_get_ex(f, "trace", &trace);
	for (size_t i = 0; i <= json_object_array_length(trace); i++) {
		bool last = i == json_object_array_length(trace);
		json_object *at = last ? f : json_object_array_get_idx(trace, i);
		json_object *tfl = json_object_new_object();
		json_object_object_add(tfl, "location",
				       location(at, audit_str(at, last ? "message" : "step")));
		json_object_object_add(tfl, "executionOrder", json_object_new_int((int)i + 1));
		json_object_array_add(locs, tfl);
	}
	json_object_object_add(thread, "locations", locs);
	json_object_array_add(threads, thread);
	json_object_object_add(flow, "threadFlows", threads);
	return flow;
}

static int rule_index(const char *rule)
{
	int n = 0;

	for (int i = 0; i < ncheckers; i++) {
		if (!checkers[i]->id)
			continue;
		if (!strcmp(checkers[i]->id, rule))
			return n;
		n++;
	}
	return -1;
}

static json_object *result_json(json_object *f)
{
	json_object *r = json_object_new_object(), *locs = json_object_new_array();
	json_object *fp = json_object_new_object(), *flows = json_object_new_array();
	json_object *logical = json_object_new_array(), *fn = json_object_new_object(), *loc;
	const char *rule = audit_str(f, "rule");

	json_object_object_add(r, "ruleId", json_object_new_string(rule));
	if (rule_index(rule) >= 0)
		json_object_object_add(r, "ruleIndex", json_object_new_int(rule_index(rule)));
	json_object_object_add(r, "level", json_object_new_string(
		!strcmp(audit_str(f, "confidence"), "definite") ? "error" : "warning"));
	json_object_object_add(r, "message", text(audit_str(f, "message")));
	loc = location(f, NULL);
	json_object_object_add(fn, "name", json_object_new_string(audit_str(f, "function")));
	json_object_object_add(fn, "kind", json_object_new_string("function"));
	json_object_array_add(logical, fn);
	json_object_object_add(loc, "logicalLocations", logical);
	json_object_array_add(locs, loc);
	json_object_object_add(r, "locations", locs);
	json_object_object_add(fp, "pagecheckFingerprint/v1",
			       json_object_new_string(audit_str(f, "fingerprint")));
	json_object_object_add(r, "partialFingerprints", fp);
	json_object_array_add(flows, code_flow(f));
	json_object_object_add(r, "codeFlows", flows);
	return r;
}

/* SRCROOT: the tree as a file: URI ending in '/', when the run named it */
static json_object *base_ids(const struct audit *a)
{
	json_object *ids = json_object_new_object(), *root = json_object_new_object();
	struct strbuf uri = {0};

	if (a->sources.srctree && a->sources.srctree[0] == '/') {
		sb_addf(&uri, "file://%s/", a->sources.srctree);
		json_object_object_add(root, "uri", json_object_new_string(uri.buf));
	}
	json_object_object_add(root, "description", text("the kernel source tree"));
	json_object_object_add(ids, SRCROOT, root);
	sb_release(&uri);
	return ids;
}

int audit_write_sarif(FILE *out, const struct audit *a)
{
	json_object *doc = json_object_new_object(), *runs = json_object_new_array();
	json_object *run = json_object_new_object(), *tool = json_object_new_object();
	json_object *driver = json_object_new_object(), *rules = json_object_new_array();
	json_object *results = json_object_new_array();

	for (int i = 0; i < ncheckers; i++)
		if (checkers[i]->id)
			json_object_array_add(rules, rule_json(a->cat, checkers[i]->id));
	json_object_object_add(driver, "name", json_object_new_string("pagecheck"));
	json_object_object_add(driver, "version", json_object_new_string(PAGECHECK_VERSION));
	json_object_object_add(driver, "rules", rules);
	json_object_object_add(tool, "driver", driver);
	json_object_object_add(run, "tool", tool);
	json_object_object_add(run, "originalUriBaseIds", base_ids(a));
	for (size_t i = 0; i < json_object_array_length(a->findings); i++)
		json_object_array_add(results, result_json(json_object_array_get_idx(a->findings, i)));
	json_object_object_add(run, "results", results);
	json_object_array_add(runs, run);
	json_object_object_add(doc, "$schema", json_object_new_string(
		"https://json.schemastore.org/sarif-2.1.0.json"));
	json_object_object_add(doc, "version", json_object_new_string("2.1.0"));
	json_object_object_add(doc, "runs", runs);
	json_write(out, doc);
	json_object_put(doc);
	return ferror(out) ? -1 : 0;
}
