/* Carriers no device reads: the catalog's cpu_carriers name functions whose
 * pages go only to consumers the CPU serves on s390 (a crypto request: no
 * DMA crypto engine there, CPACF runs on the CPU, and a CPU access exports a
 * secure page). A finding there is still a missing guard by the protocol,
 * but not device I/O we can show: possible, with the catalog's reason. */
#include "findings.h"
#include "rules.h"
#include "util.h"

void cpu_carrier_note(struct finding *f, const char *file, unsigned line, unsigned col,
		      const struct cpu_carrier *c)
{
	struct strbuf note = {0};

	sb_addf(&note, "not device I/O: %s (rules.yaml cpu_carriers)", c->reason);
	finding_add_note(f, file, line, col, note.buf);
	sb_release(&note);
}

void results_cap_cpu_carriers(struct results *r, const struct catalog *cat)
{
	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		const struct cpu_carrier *c = catalog_cpu_carrier(cat, f->function);

		if (!c || !f->definite)
			continue;
		f->definite = false;
		cpu_carrier_note(f, f->file, f->line, f->col, c);
	}
}
