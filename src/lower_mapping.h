/* The address_space a page-cache lookup is handed, as the call's event
 * records it (see lower_mapping.c). */
#ifndef PAGECHECK_LOWER_MAPPING_H
#define PAGECHECK_LOWER_MAPPING_H

#include "builder.h"

/* Notes on ev, the event of call c, which argument is a mapping user
 * space never maps (rules.yaml private_mappings) and which parameter of
 * the function each argument names; nothing unless c is a call of callee
 * (not a macro expanding to another call). */
void lower_mapping_args(struct builder *b, CXCursor c, const char *callee, struct event *ev);

#endif
