/* Headers a directory's Makefile generates, which a file includes. */
#ifndef PAGECHECK_KBUILD_GENERATED_H
#define PAGECHECK_KBUILD_GENERATED_H

#include "compile_flags.h"
#include "util.h"

/* Adds to targets ("security/selinux/flask.h") each header a rule of
 * relfile's directory Makefile makes, that relfile #includes and objtree
 * does not have yet. */
void kbuild_generated_headers(const char *srctree, const char *objtree, const char *relfile,
			      struct argv_list *targets);

#endif
