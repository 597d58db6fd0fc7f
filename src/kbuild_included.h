/* .c files compiled as a part of another one. */
#ifndef PAGECHECK_KBUILD_INCLUDED_H
#define PAGECHECK_KBUILD_INCLUDED_H

#include <stdbool.h>
#include "util.h"

/* relfile (under srctree) is #included by a .c file of its directory or
 * the one above: true, with why naming the includers. */
bool kbuild_file_included(const char *srctree, const char *relfile, struct strbuf *why);

#endif
