/* Function summaries: what a function of the file does to the pages its
 * callers hand it (takes a reference on a parameter, hands a parameter back,
 * returns a page with a new reference), written as catalog entries so that
 * a call to it is analyzed exactly as a call to a kernel API is. The catalog
 * is the hand-written summaries of the kernel; these are computed. */
#ifndef PAGECHECK_SUMMARIES_H
#define PAGECHECK_SUMMARIES_H

#include <stdbool.h>
#include "dataflow.h"
#include "ops_tables.h"
#include "rules.h"

struct summary_set {
	struct api *v;
	size_t n, cap;
};

/* Adds what a caller must know of fn, if anything (and if fn is not a
 * catalog API already). */
void summary_add(struct summary_set *s, const struct function *fn,
		 const struct fn_summary *fs, const struct catalog *base,
		 const struct catalog *used);
/* A call through a struct field filled (in t) only with functions of one
 * same summary in fns (every .get = ...) gets that summary too, into out. */
void summary_add_slots(struct summary_set *out, const struct summary_set *fns,
		       const struct ops_tables *t, const struct catalog *base);
/* Appends a copy of a, named name (its own strings). */
void summary_copy(struct summary_set *into, const struct api *a, const char *name);
/* Moves every summary of from to the end of into. */
void summary_take(struct summary_set *into, struct summary_set *from);
bool summary_equal(const struct summary_set *a, const struct summary_set *b);
void summary_free(struct summary_set *s);

/* base plus the summaries; out shares base's strings and lists. */
void catalog_with_summaries(const struct catalog *base, const struct summary_set *s,
			    struct catalog *out);
void catalog_with_summaries_free(struct catalog *out);

#endif
