#include "report.h"

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
}
