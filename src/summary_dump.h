#ifndef PAGECHECK_SUMMARY_DUMP_H
#define PAGECHECK_SUMMARY_DUMP_H

#include <stdio.h>
#include "summaries.h"

/* Every summary of s, sorted by name, one line each. */
void summaries_dump(FILE *f, const struct summary_set *s);

#endif
