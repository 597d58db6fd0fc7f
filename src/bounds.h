/* The bounds that stop or trim an analysis. Each one hit is counted where
 * it hit (results_note_truncated() in findings.h) and shown: an audit that
 * silently stops early lies. PAGECHECK_TEST_BOUNDS="link_rounds=1,..."
 * lowers them for the tests (read here only, once). */
#ifndef PAGECHECK_BOUNDS_H
#define PAGECHECK_BOUNDS_H

enum bound {
	BOUND_LINK_ROUNDS,	/* rounds of the fixpoint over the program (link.c) */
	BOUND_FILE_ROUNDS,	/* rounds of a file judged alone (analyze.c) */
	BOUND_PARAM_PASSES,	/* passes solving parameters' origins (param_origins.c) */
	BOUND_TRACE_HOPS,	/* callers a trace walks up (link_trace.c) */
	BOUND_RESULTS,		/* untested call results tracked at once (dataflow.c) */
	BOUND_FIXPOINT,		/* steps of one function's fixpoint (dataflow.c) */
	NBOUNDS
};

/* The bound's value: its default, or what PAGECHECK_TEST_BOUNDS says. */
unsigned long bound_limit(enum bound b);
/* Its key in PAGECHECK_TEST_BOUNDS and in the JSON: "link_rounds". */
const char *bound_key(enum bound b);
/* What it bounds, for the summary line: "rounds across files". */
const char *bound_what(enum bound b);
/* The bound of key, or NBOUNDS. */
enum bound bound_of_key(const char *key);

#endif
