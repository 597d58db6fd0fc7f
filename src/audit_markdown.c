/* report.md: the run's facts, the verdicts per directory, the inventory
 * and the findings with their paths, for a mailing list or a ticket. */
#include "audit.h"
#include "audit_escape.h"

#include <string.h>

static void fact_line(void *ctx, const char *label, const char *value)
{
	fputs("| ", ctx);
	md_put(ctx, label);
	fputs(" | ", ctx);
	md_put(ctx, value);
	fputs(" |\n", ctx);
}

static void verdict_counts(FILE *out, const struct audit *a)
{
	struct audit_values verdicts = {0};

	for (size_t i = 0; i < json_object_array_length(a->sites); i++)
		audit_values_add(&verdicts, audit_str(json_object_array_get_idx(a->sites, i),
						      "verdict"));
	fputs("\n## Sites by verdict\n\n| verdict | sites |\n|---|---:|\n", out);
	for (size_t v = 0; v < verdicts.n; v++) {
		size_t n = 0;
		for (size_t i = 0; i < json_object_array_length(a->sites); i++)
			n += !strcmp(audit_str(json_object_array_get_idx(a->sites, i), "verdict"),
				     verdicts.v[v]);
		fputs("| ", out);
		md_put(out, verdicts.v[v]);
		fprintf(out, " | %zu |\n", n);
	}
	audit_values_free(&verdicts);
}

static void inventory(FILE *out, const struct audit *a)
{
	fprintf(out, "\n## Inventory: %zu new-reference sites\n\n"
		"| verdict | where | function | API | expression | rule |\n"
		"|---|---|---|---|---|---|\n", json_object_array_length(a->sites));
	for (size_t i = 0; i < json_object_array_length(a->sites); i++) {
		json_object *s = json_object_array_get_idx(a->sites, i);
		const char *cells[] = {audit_str(s, "verdict"), audit_str(s, "file"),
				       audit_str(s, "function"), audit_str(s, "api"),
				       audit_str(s, "expression"), audit_site_rule(a, s)};
		for (size_t c = 0; c < sizeof(cells) / sizeof(cells[0]); c++) {
			fputs(c ? " | " : "| ", out);
			md_put(out, cells[c]);
			if (c == 1)
				fprintf(out, ":%d", audit_int(s, "line"));
		}
		fputs(" |\n", out);
	}
}

/* "1. `fs/x.c:12`: text" and the source line under it */
static void step_line(FILE *out, struct audit *a, size_t n, json_object *o, const char *text)
{
	const char *src = audit_source_line(&a->sources, audit_str(o, "file"),
					    (unsigned)audit_int(o, "line"));

	fprintf(out, "%zu. ", n);
	md_put(out, audit_str(o, "file"));
	fprintf(out, ":%d: ", audit_int(o, "line"));
	md_put(out, text);
	fputc('\n', out);
	if (src) {
		/* an indented code block: only a line of its own can end it */
		fputs("\n       ", out);
		for (; *src; src++)
			if ((unsigned char)*src >= 0x20 || *src == '\t')
				fputc(*src, out);
		fputs("\n\n", out);
	}
}

static void finding(FILE *out, struct audit *a, json_object *f, size_t index)
{
	json_object *trace;
	size_t n;

	const char *parts[] = {audit_str(f, "confidence"), " ", audit_str(f, "rule"), ": ",
			       audit_str(f, "file")};

	fprintf(out, "\n### %zu. ", index + 1);
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		md_put(out, parts[i]);
	fprintf(out, ":%d, ", audit_int(f, "line"));
	md_put(out, audit_str(f, "function"));
	fputs("()\n\n", out);
	md_put(out, audit_str(f, "message"));
	fputs(" (fingerprint ", out);
	md_put(out, audit_str(f, "fingerprint"));
	fputs(")\n\n", out);
	json_object_object_get_ex(f, "trace", &trace);
	n = json_object_array_length(trace);
	for (size_t i = 0; i < n; i++) {
		json_object *st = json_object_array_get_idx(trace, i);
		step_line(out, a, i + 1, st, audit_str(st, "step"));
	}
	step_line(out, a, n + 1, f, audit_str(f, "message"));
}

int audit_write_markdown(FILE *out, struct audit *a)
{
	const char *name = audit_str(a->tree, "name");

	fputs("# pagecheck audit: ", out);
	md_put(out, *name ? name : a->json_path);
	fputs("\n\n| | |\n|---|---|\n", out);
	audit_each_fact(a, fact_line, out);
	verdict_counts(out, a);
	inventory(out, a);
	fprintf(out, "\n## Findings: %zu\n", json_object_array_length(a->findings));
	for (size_t i = 0; i < json_object_array_length(a->findings); i++)
		finding(out, a, json_object_array_get_idx(a->findings, i), i);
	return ferror(out) ? -1 : 0;
}
