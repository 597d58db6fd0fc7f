/* Headers a directory's Makefile generates, which a file includes. */
#ifndef PAGECHECK_KBUILD_GENERATED_H
#define PAGECHECK_KBUILD_GENERATED_H

#include "compile_flags.h"
#include "util.h"

/* When relfile #includes a header a rule of its directory's Makefile makes
 * and objtree does not have yet, adds relfile's object to targets
 * ("security/selinux/selinuxfs.o"): building it makes the header. */
void kbuild_generated_headers(const char *srctree, const char *objtree, const char *relfile,
			      struct argv_list *targets);

#endif
