/* The per-directory chart: for each top-level directory a bar of its
 * new-reference sites, stacked by verdict, and its findings beside it
 * (inline SVG: the page draws without a script). */
#include "audit_html.h"
#include "audit_escape.h"

#include <string.h>

#define BAR_WIDTH 480
#define ROW_HEIGHT 20
#define LABEL_WIDTH 110

static const char *const colors[] = {"#c62828", "#2e7d32", "#9e9e9e", "#1565c0", "#f9a825",
				     "#6a1b9a", "#00838f", "#ef6c00"};

static size_t index_of(const struct audit_values *vals, const char *s)
{
	for (size_t i = 0; i < vals->n; i++)
		if (!strcmp(vals->v[i], s))
			return i;
	return 0;
}

/* entries of the directory (whose key is value, when given) */
static size_t count_in(json_object *array, const char *dir, const char *key, const char *value)
{
	size_t n = 0;
	char d[256];

	for (size_t i = 0; i < json_object_array_length(array); i++) {
		json_object *o = json_object_array_get_idx(array, i);
		audit_top_dir(audit_str(o, "file"), d, sizeof(d));
		n += !strcmp(d, dir) && (!value || !strcmp(audit_str(o, key), value));
	}
	return n;
}

static size_t count_sites(const struct audit *a, const char *dir, const char *verdict)
{
	return count_in(a->sites, dir, "verdict", verdict);
}

static size_t count_findings(const struct audit *a, const char *dir, const char *confidence)
{
	return count_in(a->findings, dir, "confidence", confidence);
}

static void legend(FILE *out, const struct audit_values *verdicts)
{
	for (size_t i = 0; i < verdicts->n; i++)
		html_printf(out, "<rect x=\"%zu\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
			    "<text x=\"%zu\" y=\"15\">%s</text>", LABEL_WIDTH + i * 110,
			    colors[i % (sizeof(colors) / sizeof(colors[0]))],
			    LABEL_WIDTH + i * 110 + 16, verdicts->v[i]);
}

static void bar(FILE *out, const struct audit *a, const struct audit_values *verdicts,
		const char *dir, size_t row, size_t most)
{
	size_t y = 24 + row * ROW_HEIGHT, x = LABEL_WIDTH;

	html_printf(out, "<text x=\"0\" y=\"%zu\">%s</text>", y + 14, dir);
	for (size_t v = 0; v < verdicts->n; v++) {
		size_t n = count_sites(a, dir, verdicts->v[v]), w = n * BAR_WIDTH / most;
		if (!n)
			continue;
		html_printf(out, "<rect x=\"%zu\" y=\"%zu\" width=\"%zu\" height=\"%d\" fill=\"%s\">"
			    "<title>%s: %s: %zu</title></rect>", x, y + 2, w ? w : 1, ROW_HEIGHT - 4,
			    colors[index_of(verdicts, verdicts->v[v]) %
				   (sizeof(colors) / sizeof(colors[0]))], dir, verdicts->v[v], n);
		x += w ? w : 1;
	}
	fprintf(out, "<text x=\"%zu\" y=\"%zu\">%zu sites, %zu findings (%zu definite)</text>\n",
		x + 6, y + 14, count_sites(a, dir, NULL), count_findings(a, dir, NULL),
		count_findings(a, dir, "definite"));
}

void html_chart(FILE *out, const struct audit *a)
{
	struct audit_values verdicts = {0}, dirs = {0};
	size_t most = 1;

	audit_collect(a, &verdicts, NULL, NULL, &dirs);
	for (size_t i = 0; i < dirs.n; i++)
		if (count_sites(a, dirs.v[i], NULL) > most)
			most = count_sites(a, dirs.v[i], NULL);
	fputs("<h2 id=\"chart\">Sites and findings by directory</h2>\n", out);
	fprintf(out, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
		"height=\"%zu\" font-size=\"12\" font-family=\"sans-serif\">", LABEL_WIDTH +
		BAR_WIDTH + 260, 30 + dirs.n * ROW_HEIGHT);
	legend(out, &verdicts);
	for (size_t i = 0; i < dirs.n; i++)
		bar(out, a, &verdicts, dirs.v[i], i, most);
	fputs("</svg>\n", out);
	audit_values_free(&verdicts);
	audit_values_free(&dirs);
}
