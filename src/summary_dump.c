/* --dump-summaries: what the analysis learned of each function, one line
 * each, in the catalog's words (the summaries are catalog entries computed
 * from code), for the testcases of summary extraction. */
#include "summary_dump.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b)
{
	return strcmp((*(const struct api *const *)a)->name, (*(const struct api *const *)b)->name);
}

static void dump_one(FILE *f, const struct api *a)
{
	char origin[64];

	fprintf(f, "%s: %s", a->name, api_class_name(a->cls));
	if (a->cls == API_SINK)
		fprintf(f, " (%s)", api_sink_name(a->sink));
	if (a->page == PAGE_RETURN)
		fputs(", the page it returns", f);
	else if (a->page >= 0)
		fprintf(f, ", %s %d", a->page_array ? "the pages of argument" : "argument",
			a->page + 1);
	if (a->origin)
		fprintf(f, ", origin %s", origin_describe(a->origin, origin, sizeof(origin)));
	if (a->noref)
		fputs(", no reference", f);
	if (a->implicit_guard)
		fputs(", made accessible", f);
	if (a->result != RESULT_NONE)
		fprintf(f, ", result %s", api_result_name(a->result));
	if (a->returns_arg)
		fprintf(f, ", hands back argument %d", a->value_arg + 1);
	if (a->def_file)
		fprintf(f, " (%s:%d", a->def_file, a->line);
	else
		fprintf(f, " (line %d", a->line);
	if (a->inner_api)
		fprintf(f, "; by %s() at line %u", a->inner_api, a->inner_line);
	fputs(")\n", f);
}

void summaries_dump(FILE *f, const struct summary_set *s)
{
	const struct api **sorted = xcalloc(s->n + 1, sizeof(*sorted));

	for (size_t i = 0; i < s->n; i++)
		sorted[i] = &s->v[i];
	if (s->n)
		qsort(sorted, s->n, sizeof(*sorted), by_name);
	for (size_t i = 0; i < s->n; i++)
		dump_one(f, sorted[i]);
	free(sorted);
}
