/* pagecheck tree <kernel dir>: the audit of a whole tree. The tree is
 * configured and prepared in an out-of-tree build dir, a token scan picks
 * the files that call a sink, a guard or take a new reference, and each is
 * parsed in its own worker process with kbuild's flags for it. Results are
 * cached per file in the build dir, judged together, merged in the order of
 * the file list, and written to the reports dir (never into the tree).
 * This file runs the stages in order; each stage has its own file (see
 * tree_run.h). */
#include "cmd_tree.h"
#include "baseline.h"
#include "secure_arch.h"
#include "site_follow.h"
#include "sites_unanalyzed.h"
#include "suppress.h"
#include "tree_cocci_merge.h"
#include "tree_jobs.h"
#include "tree_judge.h"
#include "tree_options.h"
#include "tree_plan.h"
#include "tree_reports.h"
#include "tree_run.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* The build dir configured and prepared, the reports dir made and the
 * cache opened: 0, 2 after saying why not, or -1 when --prepare-only is
 * done. */
static int set_up(struct tree_run *t, const char *rules_path)
{
	const struct tree_options *o = &t->opts;
	struct strbuf cache_dir = {0};
	int r;

	if (!(t->engine = engine_choose(o->engine)))
		return 2;
	if (o->reports && tree_reports_inside(o->reports, o->kdir))
		return 2;
	if (kernel_build_setup(&t->build, o->kdir, o->objdir, o->arch, o->kconfig)) {
		kernel_build_free(&t->build);	/* what it set up before it failed */
		return 2;
	}
	if (o->prepare_only) {
		printf("%s\n", t->build.objtree);
		kernel_build_free(&t->build);
		return -1;
	}
	if (!(t->reports = tree_reports_dir(&t->build, o->reports))) {
		kernel_build_free(&t->build);
		return 2;
	}
	tree_facts_collect(&t->stats.facts, t->build.srctree, rules_path);
	t->wall0 = clock_seconds();
	t->cpu0 = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN);
	sb_addf(&cache_dir, "%s/pagecheck-cache", t->build.objtree);
	r = cache_open(&t->cache, cache_dir.buf, rules_path);
	sb_release(&cache_dir);
	if (r) {
		free(t->reports);
		return 2;
	}
	return 0;
}

/* Ctrl-C while files are parsed: what was parsed is sealed in the cache and
 * no report is written, so the next run resumes where this one stopped and
 * nothing half-done is ever read. Ends as the signal would have. */
static void stop_interrupted(struct tree_run *t, size_t ended)
{
	int sig = tree_interrupted();

	fprintf(stderr, "pagecheck: interrupted (%s): %zu of %zu files parsed and cached; "
		"no reports written; the next run resumes from the cache\n", strsignal(sig),
		ended, t->ntodo);
	tree_run_free(t);
	signal(sig, SIG_DFL);
	raise(sig);
	exit(128 + sig);
}

/* After the parse: the judgement across files, Coccinelle, the cost. */
static void run_engines(struct tree_run *t)
{
	t->stats.clang_wall = clock_seconds() - t->wall0;
	t->stats.plan_wall = t->parse0 - t->wall0;
	t->stats.parse_worker_cpu = cpu_seconds(RUSAGE_CHILDREN) - t->worker_cpu0;
	t->stats.parse_driver_cpu = cpu_seconds(RUSAGE_SELF) - t->driver_cpu0;
	if (t->engine & ENGINE_CLANG)
		tree_judge_across_files(t);
	if ((t->engine & ENGINE_COCCI) && tree_cocci_merge(t))
		t->stats.cocci_failed = true;
	t->stats.wall = clock_seconds() - t->wall0;
	t->stats.cpu = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN) - t->cpu0;
	t->stats.worker_rss_kb = peak_rss_kb(RUSAGE_CHILDREN);
	t->stats.driver_rss_kb = peak_rss_kb(RUSAGE_SELF);
	t->stats.engine = t->engine == ENGINE_ALL ? "clang+cocci" :
			  t->engine == ENGINE_COCCI ? "cocci" : "clang";
	if (t->opts.time_clang)
		tree_baseline(t);
}

/* Every file's results in file-list order, judged as a whole, reported;
 * the exit status. */
static int report(struct tree_run *t)
{
	struct results all = {0};
	int status;
	bool written;

	for (size_t i = 0; i < t->nfiles; i++)
		results_take(&all, &t->files[i].results);
	/* the judgement across files quotes the IR's field keys, which name
	 * their files as the workers parsed them */
	results_relative_to(&all, t->build.srctree);
	results_apply_field_stores(&all);
	results_cap_cpu_carriers(&all, t->cat);
	results_cap_secure_arch(&all, &t->build, t->cat);
	sites_of_unparsed_files(&all, t->build.srctree, t->cat);
	sites_follow(&all);
	suppress_apply(&all, t->build.srctree);
	if (t->opts.baseline && baseline_filter(&all, t->opts.baseline, &t->stats.baseline_matched)) {
		results_free(&all);
		return 2;
	}
	t->stats.baseline = t->opts.baseline;
	status = all.nf || all.nmarkers ? 1 : 0;
	if (t->opts.strict && results_failed_files(&all))
		status = 2;
	written = !tree_write_reports(&t->stats, &all, t->reports);
	if (!written || t->stats.cocci_failed)
		status = 2;
	if (t->engine == ENGINE_ALL && written)
		tree_write_disagreements(&t->engines, t->reports);
	tree_summary_print(stdout, &all, &t->stats, written ? t->reports : NULL);
	tree_print_exit_status(status, t->opts.strict, &all, &t->stats);
	results_free(&all);
	return status;
}

static int run_tree(const struct tree_options *o, const char *rules_path,
		    const struct catalog *cat)
{
	struct tree_run t = {.opts = *o, .cat = cat};
	int status = set_up(&t, rules_path);
	size_t ended;

	if (status)
		return status < 0 ? 0 : status;
	tree_plan(&t);
	t.parse0 = clock_seconds();
	t.worker_cpu0 = cpu_seconds(RUSAGE_CHILDREN);
	t.driver_cpu0 = cpu_seconds(RUSAGE_SELF);
	ended = tree_parse(&t);
	if (tree_interrupted())
		stop_interrupted(&t, ended);
	run_engines(&t);
	status = report(&t);
	tree_run_free(&t);
	return status;
}

int cmd_tree_main(int argc, char **argv,
		  char *(*load_rules)(const char *given, struct catalog *cat))
{
	struct tree_options o;
	struct catalog cat;
	char *rules;
	int status = tree_options_parse(argc, argv, &o);

	if (status)
		return status < 0 ? 0 : status;
	if (!(rules = load_rules(o.rules, &cat)))
		return 2;
	status = run_tree(&o, rules, &cat);
	catalog_free(&cat);
	free(rules);
	return status;
}
