/* The reports of a tree run and its last line. */
#ifndef PAGECHECK_TREE_REPORTS_H
#define PAGECHECK_TREE_REPORTS_H

#include <stdbool.h>
#include "engine_merge.h"
#include "findings.h"
#include "kernel_build.h"
#include "tree_summary.h"

/* Is the reports dir given inside the kernel tree? (said, then) */
bool tree_reports_inside(const char *reports, const char *kdir);
/* The reports dir (given, else reports/<tree>-<arch>), absolute and
 * created; NULL after saying why not. */
char *tree_reports_dir(const struct kernel_build *b, const char *given);
/* findings.txt, findings.json and summary.txt, each whole or the last
 * run's left as it was: 0, or -1 after saying why. */
int tree_write_reports(const struct tree_stats *st, const struct results *all, const char *dir);
/* engines.txt: the findings only one engine reports. */
void tree_write_disagreements(struct engine_stats *engines, const char *dir);
/* The last line: what the status means for this run. */
void tree_print_exit_status(int status, bool strict, const struct results *all,
			    const struct tree_stats *st);

#endif
