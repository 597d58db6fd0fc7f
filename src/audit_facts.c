/* What the reports say the run was: from findings.json's "tree" figures
 * (tree_summary.c) and its summary. */
#include "audit.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const struct {
	const char *key, *label;
	const char *unit;	/* printed after a number */
} tree_facts[] = {
	{"name", "tree", NULL},
	{"kernel_version", "kernel version", NULL},
	{"srctree", "source", NULL},
	{"arch", "arch", NULL},
	{"kconfig", "config", NULL},
	{"pagecheck_version", "pagecheck", NULL},
	{"catalog_hash", "catalog (rules.yaml) hash", NULL},
	{"started", "started", NULL},
	{"scanned", "files scanned", NULL},
	{"candidates", "files in scope (call a sink or guard)", NULL},
	{"analyzed", "analyzed", NULL},
	{"not_built", "not built", NULL},
	{"failed", "failed", NULL},
	{"wall_seconds", "wall time", "s"},
	{"cpu_seconds", "CPU time", "s"},
};

void audit_each_fact(const struct audit *a,
		     void (*fact)(void *ctx, const char *label, const char *value), void *ctx)
{
	json_object *summary, *v;
	char buf[64];

	for (size_t i = 0; i < sizeof(tree_facts) / sizeof(tree_facts[0]); i++) {
		if (!json_object_object_get_ex(a->tree, tree_facts[i].key, &v))
			continue;
		if (json_object_is_type(v, json_type_double)) {
			snprintf(buf, sizeof(buf), "%.1f %s", json_object_get_double(v),
				 tree_facts[i].unit ? tree_facts[i].unit : "");
			fact(ctx, tree_facts[i].label, buf);
		} else {
			fact(ctx, tree_facts[i].label, json_object_get_string(v));
		}
	}
	snprintf(buf, sizeof(buf), "%zu", json_object_array_length(a->sites));
	fact(ctx, "new-reference sites", buf);
	if (json_object_object_get_ex(a->doc, "summary", &summary)) {
		snprintf(buf, sizeof(buf), "%d (%d definite)", audit_int(summary, "findings"),
			 audit_int(summary, "definite"));
		fact(ctx, "findings", buf);
	}
}

static int by_string(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

void audit_values_add(struct audit_values *vals, const char *s)
{
	if (!*s)
		return;
	for (size_t i = 0; i < vals->n; i++)
		if (!strcmp(vals->v[i], s))
			return;
	if (vals->n < sizeof(vals->v) / sizeof(vals->v[0]))
		vals->v[vals->n++] = xstrdup(s);
	qsort(vals->v, vals->n, sizeof(vals->v[0]), by_string);
}

void audit_values_free(struct audit_values *vals)
{
	for (size_t i = 0; i < vals->n; i++)
		free(vals->v[i]);
	vals->n = 0;
}

static void add(struct audit_values *vals, const char *s)
{
	if (vals)
		audit_values_add(vals, s);
}

void audit_collect(const struct audit *a, struct audit_values *verdicts,
		   struct audit_values *rules, struct audit_values *confidences,
		   struct audit_values *dirs)
{
	char dir[256];

	for (size_t i = 0; i < json_object_array_length(a->sites); i++) {
		json_object *s = json_object_array_get_idx(a->sites, i);
		add(verdicts, audit_str(s, "verdict"));
		audit_top_dir(audit_str(s, "file"), dir, sizeof(dir));
		add(dirs, dir);
	}
	for (size_t i = 0; i < json_object_array_length(a->findings); i++) {
		json_object *f = json_object_array_get_idx(a->findings, i);
		add(verdicts, audit_finding_verdict(f));
		add(rules, audit_str(f, "rule"));
		add(confidences, audit_str(f, "confidence"));
		audit_top_dir(audit_str(f, "file"), dir, sizeof(dir));
		add(dirs, dir);
	}
}
