#include "report.h"
#include <string.h>

/* "N functions (what: f() in a.c, ... and M more)" for bound b. */
static void print_bound(FILE *out, const struct results *r, enum bound b, bool first)
{
	size_t n = results_truncated(r, b), shown = 0;

	fprintf(out, "%s%zu %s (%s: ", first ? "" : ", ", n, n == 1 ? "function" : "functions",
		bound_what(b));
	for (size_t i = 0; i < r->ncut && shown < 3; i++) {
		const struct truncation *t = &r->cut[i];
		if (t->bound != b)
			continue;
		if (t->function)
			fprintf(out, "%s%s() in %s", shown ? ", " : "", t->function, t->file);
		else
			fprintf(out, "%s%s", shown ? ", " : "", t->file);
		shown++;
	}
	if (n > shown)
		fprintf(out, " and %zu more", n - shown);
	fputc(')', out);
}

void report_suppressions(FILE *out, const struct results *r)
{
	for (size_t i = 0; i < r->nsuppressed; i++) {
		const struct suppressed *s = &r->suppressed[i];
		fprintf(out, "%s:%u:%u: suppressed: %s (%s) [%s]; pagecheck-ignore on line %u: %s\n",
			s->finding.file, s->finding.line, s->finding.col, s->finding.message,
			s->finding.definite ? "definite" : "possible", s->finding.rule,
			s->marker_line, s->reason);
	}
	for (size_t i = 0; i < r->nmarkers; i++)
		fprintf(out, "%s:%u:1: warning: the pagecheck-ignore marker %s [pagecheck-ignore]\n",
			r->markers[i].file, r->markers[i].line, r->markers[i].problem);
}

void report_truncated(FILE *out, const struct results *r, const char *prefix)
{
	size_t objects = 0;
	bool first = true;

	for (size_t i = 0; i < r->nfiles; i++)
		objects += r->files[i].truncated;
	if (!objects && !r->ncut)
		return;
	fprintf(out, "%struncated: ", prefix);
	if (objects) {
		fprintf(out, "%zu %s (more page values than tracked)", objects,
			objects == 1 ? "function" : "functions");
		first = false;
	}
	for (int b = 0; b < NBOUNDS; b++)
		if (results_truncated(r, (enum bound)b)) {
			print_bound(out, r, (enum bound)b, first);
			first = false;
		}
	fputc('\n', out);
}

/* The sites whose page reaches I/O without the guard in another function:
 * where the reference is taken, with the path to the finding. */
void report_followed_sites(FILE *out, const struct results *r)
{
	for (size_t i = 0; i < r->ns; i++) {
		const struct site *s = &r->s[i];
		if (!s->followed)
			continue;	/* its own finding says it */
		fprintf(out, "%s:%u:%u: site: %s() in %s() ('%s') reaches I/O without the guard "
			"further on (missing)\n", s->file, s->line, s->col, s->api, s->function,
			s->expr);
		for (size_t j = 0; j < s->npath; j++)
			fprintf(out, "%s:%u:%u: note: %s\n", s->path[j].file, s->path[j].line,
				s->path[j].col, s->path[j].text);
	}
}

void report_text(FILE *out, const struct results *r)
{
	for (size_t i = 0; i < r->nf; i++) {
		const struct finding *f = &r->f[i];

		fprintf(out, "%s:%u:%u: warning: %s (%s) [%s]\n", f->file, f->line, f->col,
			f->message, f->definite ? "definite" : "possible", f->rule);
		for (size_t j = 0; j < f->nnotes; j++)
			fprintf(out, "%s:%u:%u: note: %s\n", f->notes[j].file,
				f->notes[j].line, f->notes[j].col, f->notes[j].text);
	}
	report_followed_sites(out, r);
	report_suppressions(out, r);
	report_truncated(out, r, "pagecheck: ");
}
