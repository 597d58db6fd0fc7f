/* The diff section (pagecheck audit --diff DIFF.json, the document
 * pagecheck diff writes): what appeared, disappeared and changed between
 * two runs, findings by fingerprint and sites by file, function, API and
 * expression. */
#include "audit_html.h"
#include "audit_escape.h"

static json_object *part(json_object *diff, const char *what, const char *how)
{
	json_object *o, *list;

	if (json_object_object_get_ex(diff, what, &o) && json_object_object_get_ex(o, how, &list) &&
	    json_object_is_type(list, json_type_array))
		return list;
	return NULL;
}

static size_t count(json_object *diff, const char *what, const char *how)
{
	json_object *list = part(diff, what, how);

	return list ? json_object_array_length(list) : 0;
}

/* One entry: a finding or site, or for "changed" its old and new */
static void entry_row(FILE *out, const char *what, const char *how, json_object *e)
{
	json_object *old = NULL, *now = e;
	bool finding = what[0] == 'f';

	if (json_object_object_get_ex(e, "new", &now))
		json_object_object_get_ex(e, "old", &old);
	else
		now = e;
	html_printf(out, "<tr class=\"diff-%s\"><td>%s</td><td><code>%s:%d</code></td>"
		    "<td><code>%s()</code></td><td><code>%s</code></td><td>", how, how,
		    audit_str(now, "file"), audit_int(now, "line"), audit_str(now, "function"),
		    audit_str(now, "expression"));
	if (old)
		html_printf(out, "%s → ", finding ? audit_str(old, "confidence")
						  : audit_str(old, "verdict"));
	html_printf(out, "%s</td><td>%s</td></tr>\n",
		    finding ? audit_str(now, "confidence") : audit_str(now, "verdict"),
		    finding ? audit_str(now, "message") : audit_str(now, "api"));
}

static void table(FILE *out, json_object *diff, const char *what)
{
	static const char *const hows[] = {"appeared", "disappeared", "changed"};

	html_printf(out, "<h3>%s: %zu appeared, %zu disappeared, %zu changed</h3>\n", what,
		    count(diff, what, "appeared"), count(diff, what, "disappeared"),
		    count(diff, what, "changed"));
	fputs("<table class=\"diff\"><thead><tr><th></th><th>where (new)</th><th>function</th>"
	      "<th>expression</th><th>verdict</th><th></th></tr></thead><tbody>\n", out);
	for (size_t h = 0; h < 3; h++) {
		json_object *list = part(diff, what, hows[h]);
		for (size_t i = 0; list && i < json_object_array_length(list); i++)
			entry_row(out, what, hows[h], json_object_array_get_idx(list, i));
	}
	fputs("</tbody></table>\n", out);
}

void html_diff(FILE *out, const struct audit *a)
{
	json_object *side;

	fputs("<h2 id=\"diff\">Changes</h2>\n<p>", out);
	if (json_object_object_get_ex(a->diff, "old", &side))
		html_printf(out, "from <code>%s</code> (%s) ", audit_str(side, "path"),
			    audit_str(side, "name"));
	if (json_object_object_get_ex(a->diff, "new", &side))
		html_printf(out, "to <code>%s</code> (%s)", audit_str(side, "path"),
			    audit_str(side, "name"));
	html_printf(out, "; diff <code>%s</code></p>\n", a->diff_path);
	table(out, a->diff, "findings");
	table(out, a->diff, "sites");
}
