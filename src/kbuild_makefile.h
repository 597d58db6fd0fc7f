/* kbuild's per-directory and per-object compiler flags, read from the
 * tree's Makefiles (see kbuild_makefile.c for what is evaluated). */
#ifndef PAGECHECK_KBUILD_MAKEFILE_H
#define PAGECHECK_KBUILD_MAKEFILE_H

#include "compile_flags.h"
#include <stdbool.h>
#include "kconfig.h"

struct kbuild_flags;

/* Makefiles are read once per directory and kept. */
struct kbuild_flags *kbuild_flags_new(const char *srctree, const char *objtree,
				      const struct kconfig *config);
/* Appends the -I/-D/-U/-include flags kbuild adds for relfile (a path
 * relative to srctree). */
void kbuild_file_flags(struct kbuild_flags *k, const char *relfile, struct argv_list *out);
/* Whether kbuild builds relfile (relative to srctree) for this config and
 * arch (srcarch: x86, s390): 1 yes (or nothing says no), 0 no (why: which
 * config is not set, or another architecture), -1 no Makefile names it. */
struct strbuf;
int kbuild_file_built(struct kbuild_flags *k, const char *relfile, const char *srcarch,
		      struct strbuf *why);
/* Whether kbuild compiles relfile as part of a module (obj-m, or a part
 * of a composite object in obj-m): it then defines MODULE, and
 * IS_MODULE()/IS_REACHABLE() code is what gets built. */
bool kbuild_file_in_module(struct kbuild_flags *k, const char *relfile);
void kbuild_flags_free(struct kbuild_flags *k);

#endif
