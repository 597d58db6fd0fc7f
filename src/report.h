#ifndef PAGECHECK_REPORT_H
#define PAGECHECK_REPORT_H

#include <stdio.h>
#include "findings.h"

/* GCC-style diagnostics: warning line, then the trace as notes. */
void report_text(FILE *out, const struct results *r);
/* The --format=json document: findings, files, sites, summary. */
void report_json(FILE *out, const struct results *r);

#endif
