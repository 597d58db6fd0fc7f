/* Secure pages exist only on the catalog's secure_arches (s390). */
#ifndef PAGECHECK_SECURE_ARCH_H
#define PAGECHECK_SECURE_ARCH_H

#include "findings.h"
#include "kernel_build.h"
#include "rules.h"

/* In a tree run for another arch: every definite finding in a file the
 * secure arch would not build (its allmodconfig) becomes possible, with a
 * note saying which option or arch keeps it out. Returns how many. */
size_t results_cap_secure_arch(struct results *r, const struct kernel_build *b,
			       const struct catalog *cat);

#endif
