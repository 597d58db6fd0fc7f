/* pagecheck --dump-cfg: what the front end made of each function, as text
 * (in the spirit of sparse's test-linearize), for testcases of the
 * lowering: blocks with their events and edges, access paths, objects. */
#ifndef PAGECHECK_CFG_DUMP_H
#define PAGECHECK_CFG_DUMP_H

#include <stdio.h>
#include "compile_flags.h"
#include "ir.h"

void cfg_dump_function(FILE *out, const struct function *fn);
/* Parses each source with the compiler flags and dumps its functions;
 * 0, or 2 when a file could not be parsed (said on stderr). */
int cfg_dump_files(FILE *out, const struct argv_list *sources, const struct argv_list *flags,
		   const struct catalog *cat);

#endif
