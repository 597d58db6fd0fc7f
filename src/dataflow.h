/* Forward dataflow over a function's CFG: per page, the set of states
 * possible at each point; the checkers are run over the fixpoint. */
#ifndef PAGECHECK_DATAFLOW_H
#define PAGECHECK_DATAFLOW_H

#include "findings.h"
#include "ir.h"

void dataflow_analyze(struct function *fn, const struct catalog *cat,
		      struct results *out);

#endif
