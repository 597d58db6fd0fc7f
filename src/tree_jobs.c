/* Each file of the plan is parsed in a forked worker (worker_pool.c): a
 * crash, a hang or the OOM killer costs that file only. A worker writes the
 * file's IR and results to the cache and seals the entry; the parent reads
 * the results back. */
#include "tree_jobs.h"
#include "analyze.h"
#include "report.h"
#include "worker_pool.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

/* GIT_TEST_*-style hooks: the tests make a worker crash, hang or be killed
 * half-way through writing its cache entry (as the OOM killer would), to
 * check that the run survives it and no damaged entry is read back. */
static bool test_hook(const char *name, const char *rel)
{
	const char *file = getenv(name);

	return file && *file && strstr(rel, file);
}

static void test_hooks(const char *rel)
{
	if (test_hook("PAGECHECK_TEST_CRASH", rel))
		abort();	/* as an assertion in libclang would */
	if (test_hook("PAGECHECK_TEST_HANG", rel))
		for (;;)
			pause();
}

/* The file's IR, next to its results: what the analysis across files reads
 * back, cached with them. Written whole or not at all. */
static int write_ir(const struct result_cache *c, const char *rel, const struct file_ir *ir)
{
	char *path = cache_ir_path(c, rel), *text = file_ir_to_json(ir);
	struct strbuf tmp = {0};
	FILE *f = replace_open(path, &tmp);
	int r;

	if (f)
		fputs(text, f);
	r = replace_commit(f, &tmp, path);
	free(text);
	free(path);
	return r;
}

static int analyze_job(void *ctx, size_t i)
{
	struct tree_run *t = ctx;
	struct tree_file *f = &t->files[t->todo[i]];
	CXIndex index = clang_createIndex(0, 0);
	struct results r = {0};
	struct argv_list included = {0};
	char *json = cache_json_path(&t->cache, f->rel);
	struct strbuf tmp = {0};
	struct file_ir ir = {0};
	FILE *out;
	int status = 1;

	cache_unseal(&t->cache, f->rel);
	test_hooks(f->rel);
	if (!analyze_file(index, f->abs, &f->clang_args, t->cat, &r, &included, &ir)) {
		ir.file = xstrdup(f->rel);
		if (write_ir(&t->cache, f->rel, &ir))
			return 1;
	}
	if (test_hook("PAGECHECK_TEST_KILL", f->rel))
		raise(SIGKILL);
	results_relative_to(&r, t->build.srctree);
	results_sort(&r);
	if ((out = replace_open(json, &tmp)))
		report_json(out, &r);
	if (!replace_commit(out, &tmp, json) &&
	    !cache_seal(&t->cache, f->rel, f->abs, f->key, &included))
		status = 0;
	/* the process ends here: the OS frees the rest faster than we can */
	return status;
}

static int baseline_job(void *ctx, size_t i)
{
	struct tree_run *t = ctx;
	struct tree_file *f = &t->files[t->todo[i]];
	char **args = xcalloc((size_t)f->clang_args.n + 4, sizeof(char *));
	int n = 0, devnull = open("/dev/null", O_WRONLY);

	args[n++] = (char *)t->opts.clang;
	args[n++] = "-fsyntax-only";
	for (int k = 0; k < f->clang_args.n; k++)
		args[n++] = f->clang_args.v[k];
	args[n++] = f->abs;
	if (devnull >= 0) {
		dup2(devnull, 1);
		dup2(devnull, 2);
	}
	execvp(t->opts.clang, args);
	return 127;
}

static void file_failed(struct tree_file *f, const char *why)
{
	struct file_status *st = results_add_file(&f->results, f->rel);

	st->reason = xstrdup(why);
}

static void count_into_progress(struct tree_run *t, const struct results *r)
{
	/* a page on the reference kept in a field waits for the tree's field
	 * provenance (field_provenance.c): most are dropped there */
	for (size_t i = 0; i < r->nf; i++)
		t->progress.findings += !r->f[i].ref_in_field;
	t->progress.failed += results_failed_files(r);
}

static void analyze_done(void *ctx, size_t i, const struct job_result *jr)
{
	struct tree_run *t = ctx;
	struct tree_file *f = &t->files[t->todo[i]];
	char why[160];

	if (jr->end == JOB_TIMED_OUT) {
		snprintf(why, sizeof(why), "timed out after %d s (--timeout)", t->opts.timeout);
		file_failed(f, why);
		t->stats.timed_out++;
	} else if (jr->end == JOB_SIGNALED) {
		snprintf(why, sizeof(why), jr->code == SIGKILL ?
			 "its worker was killed (signal %d, %s: out of memory?)" :
			 "pagecheck crashed on it (signal %d, %s)", jr->code, strsignal(jr->code));
		file_failed(f, why);
		t->stats.crashed++;
	} else {
		char *json = cache_json_path(&t->cache, f->rel);
		if (jr->code || results_load_json(json, &f->results)) {
			results_free(&f->results);
			snprintf(why, sizeof(why), "the worker wrote no result (exit %d)", jr->code);
			file_failed(f, why);
		}
		free(json);
	}
	t->stats.parsed++;
	t->progress.done++;
	count_into_progress(t, &f->results);
	progress_draw(&t->progress, false);
}

static void baseline_done(void *ctx, size_t i, const struct job_result *jr)
{
	(void)ctx;
	(void)i;
	(void)jr;
}

static void tick(void *ctx)
{
	struct tree_run *t = ctx;

	progress_draw(&t->progress, false);
}

double cpu_seconds(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

long peak_rss_kb(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return ru.ru_maxrss;
}

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
	interrupted = sig;
}

static void catch_interrupts(bool on)
{
	struct sigaction sa = {0};

	sa.sa_handler = on ? on_interrupt : SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

void tree_baseline(struct tree_run *t)
{
	struct worker_pool pool = {t->opts.jobs, (unsigned)t->opts.timeout, baseline_job,
				   baseline_done, NULL, t, &interrupted};
	double wall = clock_seconds(), cpu = cpu_seconds(RUSAGE_CHILDREN);

	fprintf(stderr, "pagecheck: timing bare %s -fsyntax-only on the %zu parsed files\n",
		t->opts.clang, t->ntodo);
	pool_run(&pool, t->ntodo);
	t->stats.baseline_files = t->ntodo;
	t->stats.baseline_wall = clock_seconds() - wall;
	t->stats.baseline_cpu = cpu_seconds(RUSAGE_CHILDREN) - cpu;
}

int tree_interrupted(void)
{
	return interrupted;
}

size_t tree_parse(struct tree_run *t)
{
	struct worker_pool pool = {t->opts.jobs, (unsigned)t->opts.timeout, analyze_job,
				   analyze_done, tick, t, &interrupted};
	size_t ended;

	progress_start(&t->progress, t->ntodo, t->opts.progress, t->opts.status_every);
	for (size_t i = 0; i < t->nfiles; i++)
		if (t->files[i].cached)
			count_into_progress(t, &t->files[i].results);
	catch_interrupts(true);
	ended = pool_run(&pool, t->ntodo);
	catch_interrupts(false);
	progress_end(&t->progress);
	return ended;
}
