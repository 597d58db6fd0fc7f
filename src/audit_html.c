/* index.html: one self-contained page (inline style, script and SVG; it
 * opens from disk): the run's facts, the chart, the filters, the inventory
 * of new-reference sites, the findings' paths and the diff. */
#include "audit_html.h"
#include "audit_escape.h"
#include "audit_page.h"

#include <string.h>

static void fact_row(void *ctx, const char *label, const char *value)
{
	html_printf(ctx, "<tr><th>%s</th><td>%s</td></tr>\n", label, value);
}

static void select_of(FILE *out, const char *key, const char *label,
		      const struct audit_values *vals)
{
	html_printf(out, "<label>%s <select id=\"f-%s\"><option value=\"\">all</option>", label, key);
	for (size_t i = 0; i < vals->n; i++)
		html_printf(out, "<option>%s</option>", vals->v[i]);
	fputs("</select></label>\n", out);
}

static void filters(FILE *out, const struct audit *a)
{
	struct audit_values verdicts = {0}, rules = {0}, confidences = {0}, dirs = {0};
	audit_collect(a, &verdicts, &rules, &confidences, &dirs);
	fputs("<div id=\"filters\">", out);
	select_of(out, "verdict", "verdict", &verdicts);
	select_of(out, "rule", "rule", &rules);
	select_of(out, "confidence", "confidence", &confidences);
	select_of(out, "dir", "directory", &dirs);
	fputs("<label>search <input id=\"f-search\" type=\"search\" placeholder=\"file, function, "
	      "API, text\"></label> <span id=\"shown\"></span></div>\n", out);
	audit_values_free(&verdicts);
	audit_values_free(&rules);
	audit_values_free(&confidences);
	audit_values_free(&dirs);
}

static void site_row(FILE *out, const struct audit *a, json_object *s)
{
	const char *verdict = audit_str(s, "verdict"), *file = audit_str(s, "file");
	char text[1024];

	snprintf(text, sizeof(text), "%s %s %s %s %s", file, audit_str(s, "function"),
		 audit_str(s, "api"), audit_str(s, "expression"), audit_str(s, "reason"));
	fputs("<tr class=\"site\"", out);
	html_filter_attributes(out, verdict, audit_site_rule(a, s), audit_site_confidence(a, s),
			       file, text);
	html_printf(out, "><td class=\"v-%s\">%s</td><td><code>%s:%d</code></td>"
		    "<td><code>%s()</code></td><td><code>%s</code></td><td><code>%s</code></td>"
		    "<td>%s</td><td>%s</td><td>%s</td></tr>\n", verdict, verdict, file,
		    audit_int(s, "line"), audit_str(s, "function"), audit_str(s, "api"),
		    audit_str(s, "expression"), audit_str(s, "origin"), audit_site_rule(a, s),
		    audit_str(s, "reason"));
}

static void inventory(FILE *out, const struct audit *a)
{
	html_printf(out, "<h2 id=\"inventory\">Inventory: %zu new-reference sites</h2>\n",
		    json_object_array_length(a->sites));
	fputs("<table class=\"sites\"><thead><tr><th>verdict</th><th>where</th><th>function</th>"
	      "<th>API</th><th>expression</th><th>origin</th><th>rule</th><th>why</th></tr>"
	      "</thead><tbody>\n", out);
	for (size_t i = 0; i < json_object_array_length(a->sites); i++)
		site_row(out, a, json_object_array_get_idx(a->sites, i));
	fputs("</tbody></table>\n", out);
}

int audit_write_html(FILE *out, struct audit *a)
{
	const char *name = audit_str(a->tree, "name");

	html_printf(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		    "<title>pagecheck audit: %s</title>\n<style>\n", *name ? name : a->json_path);
	fputs(audit_page_css, out);
	fprintf(out, "</style></head>\n<body data-sites=\"%zu\" data-findings=\"%zu\">\n",
		json_object_array_length(a->sites), json_object_array_length(a->findings));
	html_printf(out, "<h1>pagecheck audit: %s</h1>\n", *name ? name : a->json_path);
	html_printf(out, "<p>New page references that reach I/O without %s() (s390 protected "
		    "guests): every site the analysis saw, its verdict, and each finding's "
		    "path.</p>\n<h2 id=\"facts\">The run</h2>\n<table class=\"facts\">\n",
		    catalog_guard_name(a->cat, false));
	audit_each_fact(a, fact_row, out);
	fputs("</table>\n", out);
	html_chart(out, a);
	if (a->diff)
		html_diff(out, a);
	filters(out, a);
	inventory(out, a);
	html_findings(out, a);
	fprintf(out, "<script>\n%s</script>\n</body></html>\n", audit_page_js);
	return ferror(out) ? -1 : 0;
}
