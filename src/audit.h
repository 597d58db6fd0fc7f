/* pagecheck audit: the reports people read, made from a tree run's
 * findings.json (cmd_audit.c): index.html (audit_html*.c), report.md
 * (audit_markdown.c) and findings.sarif (audit_sarif.c). Each writer reads
 * the document as json-c objects, checked once by audit_load.c. */
#ifndef PAGECHECK_AUDIT_H
#define PAGECHECK_AUDIT_H

#include <json-c/json.h>
#include <stdio.h>

#include "audit_source.h"
#include "rules.h"

struct audit {
	const char *json_path;		/* REPORTS_DIR/findings.json */
	json_object *doc;
	json_object *tree;		/* its "tree" figures ({} when absent) */
	json_object *findings, *sites;	/* arrays, every member checked */
	json_object *diff;		/* --diff's document, or NULL */
	const char *diff_path;
	struct audit_sources sources;	/* the tree's files, for the listings */
	const struct catalog *cat;
};

/* 0, or -1 after an error message naming the file and what is wrong. */
int audit_load(struct audit *a, const char *reports_dir, const char *diff_path,
	       const char *srctree);
void audit_free(struct audit *a);

/* A member's string ("" when absent), or its number. */
const char *audit_str(json_object *o, const char *key);
int audit_int(json_object *o, const char *key);
/* "drivers/net/x.c" -> "drivers/", as the tree summary's per_directory */
void audit_top_dir(const char *file, char *out, size_t size);
/* The rule of a site: of the finding whose trace starts at it, else "" */
const char *audit_site_rule(const struct audit *a, json_object *site);
const char *audit_site_confidence(const struct audit *a, json_object *site);
/* The verdict a finding's rule makes its site (the checkers' registry) */
const char *audit_finding_verdict(json_object *finding);

/* The run's facts, in the order the reports show them: label and value
 * ("" values are skipped). */
void audit_each_fact(const struct audit *a,
		     void (*fact)(void *ctx, const char *label, const char *value), void *ctx);
/* The distinct values of a member over the sites and findings, sorted */
struct audit_values {
	char *v[128];		/* copies */
	size_t n;
};
void audit_values_add(struct audit_values *vals, const char *s);
void audit_values_free(struct audit_values *vals);
/* The verdicts (of sites and findings' rules), rules, confidences and top
 * directories the document holds; any may be NULL */
void audit_collect(const struct audit *a, struct audit_values *verdicts,
		   struct audit_values *rules, struct audit_values *confidences,
		   struct audit_values *dirs);

int audit_write_html(FILE *out, struct audit *a);
int audit_write_markdown(FILE *out, struct audit *a);
int audit_write_sarif(FILE *out, const struct audit *a);

#endif
