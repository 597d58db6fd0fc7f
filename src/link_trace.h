/* The notes of a finding on a parameter: what its callers hand it, up the
 * callers that brought the pages, down to where they come from. */
#ifndef PAGECHECK_LINK_TRACE_H
#define PAGECHECK_LINK_TRACE_H

#include "param_origins.h"

/* Adds the callers' notes to f, a finding of function g, when it is about
 * a parameter whose callers are known; logs are the calls the origins
 * were solved from. False when the walk up the callers stopped at
 * BOUND_TRACE_HOPS. */
bool link_trace_parameter(const struct origins *o, const struct call_log *logs,
			  struct finding *f, size_t g);

#endif
