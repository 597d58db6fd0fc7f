/* What kbuild_makefile.c (flags) and kbuild_objects.c (what is built)
 * share: the Makefiles read once per directory. */
#ifndef PAGECHECK_KBUILD_INTERNAL_H
#define PAGECHECK_KBUILD_INTERNAL_H

#include "compile_flags.h"
#include "kconfig.h"

struct var {
	char *name, *value;
};

/* Objects a Makefile lists where kbuild would not: "obj-$(CONFIG_X) +=
 * objs" with X not set (var NULL), or "var += objs" inside a conditional
 * on an option that is false (ifneq ($(CONFIG_HSA_AMD),)); why says so. */
struct unset_list {
	char *var, *objs, *why;
};

struct makefile {
	char *dir;		/* relative to srctree, "" for the top */
	struct var *v;
	size_t n, cap;
	struct unset_list *unset;
	size_t nunset, cunset;
	struct argv_list includes;	/* real paths of the files it includes */
};

struct kbuild_flags {
	char *srctree, *objtree;
	const struct kconfig *config;
	struct makefile *dirs;
	size_t ndirs, cdirs;
};

/* The Makefile (or Kbuild) of dir, read on first use. k->dirs may move on
 * any call: keep no pointer across one. */
struct makefile *makefile_of(struct kbuild_flags *k, const char *dir);
/* The sibling of dir whose Makefile includes dir's (amdgpu includes
 * ../amdkfd/Makefile), or NULL. */
struct makefile *including_sibling(struct kbuild_flags *k, const char *dir);

#endif
