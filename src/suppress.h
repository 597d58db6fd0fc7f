/* Suppressions in the source, as clang-tidy's NOLINT and CodeChecker's
 * codechecker_suppress: a finding is left out when its line or the line
 * above carries
 *     / * pagecheck-ignore: <rule> <reason> * /
 * or it lies between pagecheck-ignore-begin: <rule> <reason> and
 * pagecheck-ignore-end. A reason is required. Nothing is dropped silently:
 * what a marker suppressed is listed with its reason, and a marker without
 * a reason, naming no rule, or suppressing nothing is itself reported. */
#ifndef PAGECHECK_SUPPRESS_H
#define PAGECHECK_SUPPRESS_H

#include "findings.h"

/* Applies the markers of every analyzed file of r (its path is relative to
 * srcdir when given) to r's findings. */
void suppress_apply(struct results *r, const char *srcdir);

#endif
