/* Member expressions for the expression lowering (lower.c). */
#ifndef PAGECHECK_LOWER_MEMBER_H
#define PAGECHECK_LOWER_MEMBER_H

#include "builder.h"

/* The path of member expression c over its base's path: ".f" or "->f"
 * as written (a member rules.yaml says is its struct's own page keeps the
 * base's path). c may be a header's, one an accessor returns. */
int lower_member_path(struct builder *b, int base, CXCursor c);

#endif
