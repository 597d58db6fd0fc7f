#ifndef PAGECHECK_REPORT_H
#define PAGECHECK_REPORT_H

#include <stdio.h>
#include "findings.h"

/* GCC-style diagnostics: warning line, then the trace as notes. */
void report_text(FILE *out, const struct results *r);
/* What pagecheck-ignore markers suppressed (with their reasons), and the
 * markers that are wrong; nothing when there are none. */
void report_suppressions(FILE *out, const struct results *r);
void report_followed_sites(FILE *out, const struct results *r);
/* "<prefix>truncated: N functions (what), ...": the bounds that cut the
 * analysis short, with the first places; nothing when none did. */
void report_truncated(FILE *out, const struct results *r, const char *prefix);
/* The --format=json document: findings, files, sites, summary. */
void report_json(FILE *out, const struct results *r);
/* The same document as a json-c object, for callers that add to it. */
struct json_object *results_json(const struct results *r);
/* The same, with what the steps after the judgement across files read
 * (where escaping sites went, the field callers read a page from): the
 * judgement's snapshot (judge_snapshot.c), not a report. */
struct json_object *results_json_full(const struct results *r);
void json_write(FILE *out, struct json_object *doc);

/* Reads a --format=json document back (appending to r); -1 when the file
 * is missing or is not such a document. */
int results_load_json(const char *path, struct results *r);
/* The same from a parsed document (results_json_full()'s keys too). */
int results_load_doc(struct json_object *doc, struct results *r);
/* A findings.json as JSON, with its "findings" list (and "sites" when
 * need_sites); NULL after saying "pagecheck: <who>PATH: problem". */
struct json_object *findings_doc_load(const char *path, const char *who, bool need_sites);

#endif
