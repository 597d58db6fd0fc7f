/* --baseline FILE: only the findings a known audit does not have (smatch's
 * new_bugs.pl, CodeChecker's cmd diff --new), matched by fingerprint, so
 * that lines moved by other edits still match. */
#ifndef PAGECHECK_BASELINE_H
#define PAGECHECK_BASELINE_H

#include <stddef.h>
#include "findings.h"

/* Drops from r the findings whose fingerprint the baseline's findings.json
 * has (each baseline finding matches once); *matched counts them. -1 after
 * saying why the file is no findings.json. */
int baseline_filter(struct results *r, const char *path, size_t *matched);
/* The same, saying on stderr how many were left out. */
int baseline_report(struct results *r, const char *path);

#endif
