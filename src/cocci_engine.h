/* pagecheck's second engine: Coccinelle's spatch with the catalog's
 * semantic patches (see cocci_engine.c). */
#ifndef PAGECHECK_COCCI_ENGINE_H
#define PAGECHECK_COCCI_ENGINE_H

#include <stdbool.h>
#include "compile_flags.h"
#include "findings.h"
#include "rules.h"

struct cocci_options {
	const char *spatch;	/* the program, "spatch" */
	int jobs;
	unsigned timeout;	/* seconds per file, 0: none */
};

/* Can spatch be run at all? */
bool cocci_available(const char *spatch);
/* Appends the findings of every rule on files; -1 (with a message) when
 * spatch could not be run. */
int cocci_check(const struct catalog *cat, const struct cocci_options *o,
		const struct argv_list *files, struct results *out);
/* Parses one report line of spatch; 0 and a finding appended to r, or -1. */
int cocci_parse_report(const char *line, struct results *r);

#endif
