/* What a `pagecheck tree` run knows as it goes through its stages
 * (cmd_tree.c): plan (tree_plan.c), parse (tree_jobs.c), judge across
 * files (tree_judge.c), Coccinelle (tree_cocci_merge.c), reports
 * (tree_reports.c). */
#ifndef PAGECHECK_TREE_RUN_H
#define PAGECHECK_TREE_RUN_H

#include "compile_flags.h"
#include "engine_merge.h"
#include "findings.h"
#include "kernel_build.h"
#include "progress.h"
#include "result_cache.h"
#include "rules.h"
#include "tree_options.h"
#include "tree_summary.h"

struct tree_file {
	char *rel, *abs;
	struct argv_list clang_args;
	unsigned long long key;
	bool cached;
	struct results results;
};

struct tree_run {
	struct tree_options opts;
	struct kernel_build build;
	const struct catalog *cat;
	struct result_cache cache;
	char *reports;		/* the reports dir, absolute */
	double wall0, cpu0;	/* when the audit proper started */
	double parse0, worker_cpu0, driver_cpu0;	/* and its parse */
	struct tree_file *files;
	size_t nfiles;
	size_t *todo;		/* indexes of the files to parse */
	size_t ntodo;
	struct progress progress;
	struct tree_stats stats;
	int engine;
	struct engine_stats engines;
	char *summaries;	/* the file the analysis across files wrote */
};

#endif
