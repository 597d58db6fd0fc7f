/* A kernel tree and its out-of-tree build dir: configured and prepared by
 * kbuild itself, so that generated headers exist; the source tree is never
 * written to. */
#ifndef PAGECHECK_KERNEL_BUILD_H
#define PAGECHECK_KERNEL_BUILD_H

#include <stdbool.h>
#include "compile_flags.h"
#include "kconfig.h"
#include "rules.h"

struct kbuild_flags;

struct kernel_build {
	char *srctree, *objtree;	/* absolute */
	char *name;			/* the tree's directory name */
	const char *arch;		/* as given: x86_64, s390 */
	const char *srcarch;		/* arch/<srcarch>: x86, s390 */
	struct kconfig config;
	struct argv_list base_flags;	/* what every file gets from the config */
	const char *allconfig;		/* KCONFIG_ALLCONFIG for *config targets, or NULL */
};

/* Configures (kconfig: defconfig, allmodconfig, any *config target or a
 * config file; NULL keeps an existing .config, else allmodconfig) and
 * prepares objdir when it is not ready yet. Prints why and returns -1 when
 * that fails. */
int kernel_build_setup(struct kernel_build *b, const char *kdir, const char *objdir,
		       const char *arch, const char *kconfig);
/* make each of targets (headers a directory's Makefile generates) in the
 * build dir; -1 when one failed (said on stderr, the log has why). */
int kernel_build_make_targets(const struct kernel_build *b, const struct argv_list *targets);
/* The raw (kbuild-style) flags of one file, relative to srctree. */
void kernel_build_file_flags(const struct kernel_build *b, struct kbuild_flags *dirflags,
			     const char *relfile, struct argv_list *out);
/* The config another arch would build the same tree with (allmodconfig
 * with the options off set to n, configured once in
 * <objtree>/<arch>-allmodconfig: no prepare, only kconfig): its srcarch and
 * .config, for "would this file be built there". */
int kernel_build_other_arch_config(const struct kernel_build *b, const char *arch,
				   const struct name_list *off, const char **srcarch,
				   struct kconfig *out);
void kernel_build_free(struct kernel_build *b);

#endif
