/* The difference of two findings.json documents (two audits, or a tree
 * before and after a patch): findings matched by their line-free
 * fingerprint, sites by file + function + api + expression, so that lines
 * moved by unrelated edits match. The result is the shared diff document
 * (README.md, "Diff and baseline"): {"old", "new", "findings": {"appeared",
 * "disappeared", "changed"}, "sites": {...}}. */
#ifndef PAGECHECK_AUDIT_DIFF_H
#define PAGECHECK_AUDIT_DIFF_H

#include <stdio.h>

struct json_object;

/* The diff of old_doc and new_doc (neither is taken over); the paths are
 * only named in it. */
struct json_object *audit_diff(struct json_object *old_doc, const char *old_path,
			       struct json_object *new_doc, const char *new_path);
/* One line per change, grouped (findings then sites, appeared, disappeared,
 * changed), then "diff: ..." with the counts. */
void audit_diff_text(FILE *out, struct json_object *diff);
/* How many findings appeared: the exit status of pagecheck diff is 1 when
 * any did. */
size_t audit_diff_appeared(struct json_object *diff);

#endif
