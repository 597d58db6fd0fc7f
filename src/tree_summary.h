/* What a tree run tells at its end: coverage, findings per rule and
 * confidence and per top-level directory, what was not analyzed and why,
 * and what the run cost. */
#ifndef PAGECHECK_TREE_SUMMARY_H
#define PAGECHECK_TREE_SUMMARY_H

#include <stdio.h>
#include "findings.h"
#include "tree_facts.h"

struct tree_stats {
	const char *tree, *arch, *kconfig;
	struct tree_facts facts;
	size_t scanned;		/* .c files read by the token scan */
	size_t candidates;	/* files that call a catalog sink or guard */
	size_t parsed;		/* parsed in this run (the rest came from the cache) */
	size_t crashed, timed_out;
	size_t cache_damaged;	/* entries found damaged and parsed again */
	double wall, cpu;	/* seconds */
	double clang_wall;	/* of which the clang engine's workers */
	/* the clang engine's parts: the plan (scan, flags, cache), then the
	 * parse, with its workers' and the driver's CPU: what bare clang's
	 * figures compare with */
	double plan_wall, parse_worker_cpu, parse_driver_cpu;
	/* the analysis across files: functions it judged, its time, where the
	 * summaries went, and files whose IR could not be read */
	size_t link_functions, link_unread;
	bool link_reused;	/* the last run's judgement: nothing it depends on changed */
	double link_wall;
	const char *summaries;
	long worker_rss_kb, driver_rss_kb;
	/* engines: which ran; Coccinelle's files and time; agreement */
	const char *engine;
	size_t cocci_files;
	double cocci_wall;
	bool cocci_failed;
	size_t both, clang_only, cocci_only, cocci_kept;
	/* --baseline: the findings.json, and how many of its findings were left out */
	const char *baseline;
	size_t baseline_matched;
	/* the bare `clang -fsyntax-only` pass over the same files (--time-clang) */
	size_t baseline_files;
	double baseline_wall, baseline_cpu;
};

void tree_summary_print(FILE *out, const struct results *r, const struct tree_stats *st,
			const char *reports);
/* The merged --format=json document with the run's figures under "tree". */
void tree_summary_json(FILE *out, const struct results *r, const struct tree_stats *st);

#endif
