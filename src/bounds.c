#include "bounds.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *key, *what;
	unsigned long limit;
} bounds[NBOUNDS] = {
	[BOUND_LINK_ROUNDS] = {"link_rounds", "round budget across files", 6},
	[BOUND_FILE_ROUNDS] = {"file_rounds", "round budget of a file alone", 3},
	[BOUND_PARAM_PASSES] = {"param_passes", "parameter origin passes", 64},
	[BOUND_TRACE_HOPS] = {"trace_hops", "callers a trace follows", 16},
	[BOUND_RESULTS] = {"max_results", "call results tracked at once", 16},
	[BOUND_FIXPOINT] = {"fixpoint", "fixpoint budget", 200000},
};

const char *bound_key(enum bound b)
{
	return bounds[b].key;
}

const char *bound_what(enum bound b)
{
	return bounds[b].what;
}

enum bound bound_of_key(const char *key)
{
	for (int b = 0; b < NBOUNDS; b++)
		if (!strcmp(bounds[b].key, key))
			return (enum bound)b;
	return NBOUNDS;
}

/* "key=value,key=value"; a malformed entry is said once and ignored, so a
 * test that mistypes a key fails on its output rather than passing
 * silently. */
static void read_overrides(unsigned long *limit)
{
	const char *env = getenv("PAGECHECK_TEST_BOUNDS");
	char *copy, *save = NULL;

	if (!env || !*env)
		return;
	copy = strdup(env);
	for (char *item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(item, '='), *end = NULL;
		enum bound b = NBOUNDS;
		unsigned long v = 0;
		if (eq) {
			*eq = '\0';
			b = bound_of_key(item);
			v = strtoul(eq + 1, &end, 10);
		}
		if (b != NBOUNDS && end && !*end && end != eq + 1) {
			limit[b] = v;
			continue;
		}
		if (eq)
			*eq = '=';
		fprintf(stderr, "pagecheck: PAGECHECK_TEST_BOUNDS: '%s' ignored\n", item);
	}
	free(copy);
}

unsigned long bound_limit(enum bound b)
{
	static unsigned long limit[NBOUNDS];
	static bool read;

	if (!read) {
		for (int i = 0; i < NBOUNDS; i++)
			limit[i] = bounds[i].limit;
		read_overrides(limit);
		read = true;
	}
	return limit[b];
}
