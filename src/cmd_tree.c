/* pagecheck tree <kernel dir>: the audit of a whole tree. The tree is
 * configured and prepared in an out-of-tree build dir, a token scan picks
 * the files that call a sink or a guard of the catalog, and each file is
 * parsed in its own worker process with kbuild's flags for it. Results are
 * cached per file in the build dir, merged in the order of the file list,
 * and written to the reports dir (never into the tree). */
#include "analyze.h"
#include "cmd_tree.h"
#include "kbuild_makefile.h"
#include "kernel_build.h"
#include "progress.h"
#include "report.h"
#include "result_cache.h"
#include "rules.h"
#include "tree_scan.h"
#include "tree_summary.h"
#include "util.h"
#include "worker_pool.h"
#include "engine_merge.h"
#include "secure_arch.h"
#include "link.h"
#include "tree_cocci.h"

#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

struct tree_options {
	const char *kdir, *objdir, *arch, *kconfig, *reports, *rules, *clang, *engine;
	int jobs;
	int timeout;		/* seconds per file */
	bool no_cache, baseline, prepare_only, strict;
	int progress;		/* -1: when stderr is a terminal and not in CI */
	int status_every;	/* seconds between status lines when not drawing */
};

/* OPT_ON/OPT_OFF set a tri-state int (-1 until an option decides) */
enum opt_kind { OPT_STRING, OPT_INT, OPT_FLAG, OPT_ON, OPT_OFF };

static struct tree_options opts;

static const struct tree_option {
	const char *name, *arg, *help;
	enum opt_kind kind;
	void *value;
} option_table[] = {
	{"--arch", "ARCH", "x86_64 (default) or s390", OPT_STRING, &opts.arch},
	{"--kconfig", "CONFIG", "defconfig, allmodconfig, other *config target, or a file "
	 "(default: the build dir's .config, else allmodconfig)",
	 OPT_STRING, &opts.kconfig},
	{"-O", "DIR", "build dir (default: build/kernel/<tree>-<arch>)", OPT_STRING, &opts.objdir},
	{"-j", "N", "parallel workers (default: every core)", OPT_INT, &opts.jobs},
	{"--timeout", "SECONDS", "per-file limit (default: 300)", OPT_INT, &opts.timeout},
	{"--reports", "DIR", "where the reports go (default: reports/<tree>-<arch>)",
	 OPT_STRING, &opts.reports},
	{"--rules", "FILE", "rule catalog", OPT_STRING, &opts.rules},
	{"--engine", "ENGINE", "clang, cocci or all (default: all where spatch is installed)",
	 OPT_STRING, &opts.engine},
	{"--no-cache", NULL, "re-parse every file (results are still stored)", OPT_FLAG,
	 &opts.no_cache},
	{"--baseline", NULL, "also time bare clang -fsyntax-only on the parsed files",
	 OPT_FLAG, &opts.baseline},
	{"--clang", "PROGRAM", "the clang of --baseline (default: clang-14)", OPT_STRING,
	 &opts.clang},
	{"--prepare-only", NULL, "configure and prepare the build dir, then stop", OPT_FLAG,
	 &opts.prepare_only},
	{"--progress", NULL, "always draw the progress line", OPT_ON, &opts.progress},
	{"--no-progress", NULL, "never draw it (default: on a terminal outside CI)",
	 OPT_OFF, &opts.progress},
	{"--status-every", "SECONDS", "without the progress line, a status line this often "
	 "(default: 10; 0: never)", OPT_INT, &opts.status_every},
	{"--strict", NULL, "exit 2 when a file kbuild builds could not be analyzed", OPT_FLAG,
	 &opts.strict},
};

#define NOPTIONS (sizeof(option_table) / sizeof(option_table[0]))

static void tree_usage(FILE *f)
{
	fputs("usage: pagecheck tree [options] <kernel source tree>\n\n"
	      "Audits every .c file of the tree that calls a sink or guard of the\n"
	      "catalog. Exit status: 0 no findings, 1 findings, 2 the audit could not\n"
	      "run (bad options or rules, no kernel tree, kbuild failed, reports not\n"
	      "written). Files not built or not analyzed are listed; they fail the run\n"
	      "only with --strict.\n\noptions:\n", f);
	for (size_t i = 0; i < NOPTIONS; i++)
		fprintf(f, "  %-13s %-8s %s\n", option_table[i].name,
			option_table[i].arg ? option_table[i].arg : "", option_table[i].help);
}

static int set_option(const struct tree_option *o, const char *val)
{
	char *end;
	long n;

	switch (o->kind) {
	case OPT_STRING:
		*(const char **)o->value = val;
		return 0;
	case OPT_INT:
		n = strtol(val, &end, 10);
		if (*end || n < 0 || n > 100000) {
			fprintf(stderr, "pagecheck: %s: '%s' is not a count\n", o->name, val);
			return 2;
		}
		*(int *)o->value = (int)n;
		return 0;
	case OPT_FLAG:
		*(bool *)o->value = true;
		return 0;
	case OPT_ON:
	case OPT_OFF:
		*(int *)o->value = o->kind == OPT_ON;
		return 0;
	}
	return 2;
}

static int parse_tree_args(int argc, char **argv)
{
	opts = (struct tree_options){.arch = "x86_64", .timeout = 300, .progress = -1,
				     .status_every = 10, .clang = "clang-14"};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val = NULL;
		const struct tree_option *o = NULL;
		int r;

		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			tree_usage(stdout);
			exit(0);
		}
		for (size_t k = 0; k < NOPTIONS && !o; k++) {
			size_t n = strlen(option_table[k].name);
			if (strncmp(a, option_table[k].name, n))
				continue;
			if (!a[n])
				o = &option_table[k];
			else if (option_table[k].arg && (a[n] == '=' || a[1] != '-'))
				o = &option_table[k], val = a + n + (a[n] == '=');
		}
		if (!o && a[0] == '-') {
			fprintf(stderr, "pagecheck: tree: unknown option '%s'\n", a);
			tree_usage(stderr);
			return 2;
		}
		if (!o) {
			if (opts.kdir) {
				fprintf(stderr, "pagecheck: tree: one kernel tree at a time\n");
				return 2;
			}
			opts.kdir = a;
			continue;
		}
		if (o->arg && !val) {
			if (i + 1 >= argc) {
				fprintf(stderr, "pagecheck: %s needs a value\n", o->name);
				return 2;
			}
			val = argv[++i];
		}
		if ((r = set_option(o, val)))
			return r;
	}
	if (!opts.kdir) {
		tree_usage(stderr);
		return 2;
	}
	if (!opts.jobs)
		opts.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
	return 0;
}

struct tree_file {
	char *rel, *abs;
	struct argv_list clang_args;
	unsigned long long key;
	bool cached;
	bool linked;		/* its IR is in the analysis across files */
	struct results results;
};

struct tree_run {
	struct kernel_build build;
	const struct catalog *cat;
	struct result_cache cache;
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

/* The names whose calls make a file worth parsing: sinks and guards, the
 * fields of the ops pages travel through (a file calling ->sendpage or
 * filling .sendpage links the callers' pages to the I/O), and the structs
 * of the catalog's fields. */
static void catalog_scan_names(const struct catalog *cat, struct argv_list *names)
{
	for (size_t i = 0; i < cat->napis; i++)
		if (cat->apis[i].cls == API_SINK || cat->apis[i].cls == API_GUARD)
			argv_push(names, cat->apis[i].name);
	for (size_t i = 0; i < cat->page_ops.n; i++) {
		const char *dot = strchr(cat->page_ops.names[i], '.');
		argv_push(names, dot ? dot : cat->page_ops.names[i]);
	}
	/* the files that fill a catalog field's struct: where traces end */
	for (size_t i = 0; i < cat->nfields; i++) {
		struct strbuf sb = {0};
		sb_addf(&sb, "struct %s", cat->fields[i].strct);
		argv_push(names, sb.buf);
		sb_release(&sb);
	}
}

/* Flags of an entry of the build dir's compile_commands.json, if any. */
static bool flags_from_database(CXCompilationDatabase db, const char *abs,
				struct argv_list *raw, char **dir)
{
	CXCompileCommands cmds;
	CXCompileCommand cmd;
	CXString d;

	if (!db || !(cmds = clang_CompilationDatabase_getCompileCommands(db, abs)))
		return false;
	if (!clang_CompileCommands_getSize(cmds)) {
		clang_CompileCommands_dispose(cmds);
		return false;
	}
	cmd = clang_CompileCommands_getCommand(cmds, 0);
	compile_command_args(cmd, raw);
	d = clang_CompileCommand_getDirectory(cmd);
	*dir = xstrdup(clang_getCString(d));
	clang_disposeString(d);
	clang_CompileCommands_dispose(cmds);
	return true;
}

/* A valid entry is used; a damaged one (a worker killed while writing it,
 * a full disk, an edit) is said and the file parsed again. */
static bool cached_entry(struct tree_run *t, const struct tree_file *f)
{
	struct strbuf why = {0};
	enum cache_state state = cache_check(&t->cache, f->rel, f->key, &why);

	if (state == CACHE_DAMAGED) {
		fprintf(stderr, "pagecheck: %s: its cache entry is damaged (%s); parsing it again\n",
			f->rel, why.buf);
		t->stats.cache_damaged++;
	}
	sb_release(&why);
	return state == CACHE_VALID;
}

static void plan_files(struct tree_run *t, const struct argv_list *candidates)
{
	struct kbuild_flags *dirflags = kbuild_flags_new(t->build.srctree, t->build.objtree,
							 &t->build.config);
	struct strbuf db_path = {0}, why = {0};
	CXCompilationDatabase db = NULL;
	CXCompilationDatabase_Error err;

	sb_addf(&db_path, "%s/compile_commands.json", t->build.objtree);
	if (!access(db_path.buf, R_OK)) {
		db = clang_CompilationDatabase_fromDirectory(t->build.objtree, &err);
		if (err != CXCompilationDatabase_NoError)
			db = NULL;
		else
			fprintf(stderr, "pagecheck: using the flags of %s\n", db_path.buf);
	}
	sb_release(&db_path);
	t->files = xcalloc((size_t)candidates->n + 1, sizeof(*t->files));
	t->todo = xcalloc((size_t)candidates->n + 1, sizeof(*t->todo));
	for (int i = 0; i < candidates->n; i++) {
		struct tree_file *f = &t->files[t->nfiles++];
		struct argv_list raw = {0};
		struct strbuf abs = {0};
		char *dir = NULL;

		f->rel = xstrdup(candidates->v[i]);
		sb_addf(&abs, "%s/%s", t->build.srctree, f->rel);
		f->abs = sb_detach(&abs);
		if (!kbuild_file_built(dirflags, f->rel, t->build.srcarch, &why)) {
			struct file_status *st = results_add_file(&f->results, f->rel);
			st->not_built = true;
			st->reason = xstrdup(why.buf);
			continue;
		}
		if (!flags_from_database(db, f->abs, &raw, &dir))
			kernel_build_file_flags(&t->build, dirflags, f->rel, &raw);
		flags_for_clang(&raw, dir ? dir : t->build.objtree, &f->clang_args);
		f->key = cache_key(&t->cache, &f->clang_args);
		f->cached = !opts.no_cache && cached_entry(t, f);
		if (!f->cached)
			t->todo[t->ntodo++] = (size_t)(f - t->files);
		argv_free(&raw);
		free(dir);
	}
	if (db)
		clang_CompilationDatabase_dispose(db);
	sb_release(&why);
	kbuild_flags_free(dirflags);
}

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

	args[n++] = (char *)opts.clang;
	args[n++] = "-fsyntax-only";
	for (int k = 0; k < f->clang_args.n; k++)
		args[n++] = f->clang_args.v[k];
	args[n++] = f->abs;
	if (devnull >= 0) {
		dup2(devnull, 1);
		dup2(devnull, 2);
	}
	execvp(opts.clang, args);
	return 127;
}

static void file_failed(struct tree_file *f, const char *why)
{
	struct file_status *st = results_add_file(&f->results, f->rel);

	st->reason = xstrdup(why);
}

static void count_into_progress(struct tree_run *t, const struct results *r)
{
	t->progress.findings += r->nf;
	t->progress.failed += results_failed_files(r);
}

static void analyze_done(void *ctx, size_t i, const struct job_result *jr)
{
	struct tree_run *t = ctx;
	struct tree_file *f = &t->files[t->todo[i]];
	char why[160];

	if (jr->end == JOB_TIMED_OUT) {
		snprintf(why, sizeof(why), "timed out after %d s (--timeout)", opts.timeout);
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

static double cpu_seconds(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static long peak_rss_kb(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return ru.ru_maxrss;
}

static void write_findings_txt(FILE *f, const struct results *all, const struct tree_stats *st)
{
	(void)st;
	report_text(f, all);
	for (size_t i = 0; i < all->nfiles; i++)
		if (!all->files[i].analyzed)
			fprintf(f, "%s: %s: %s\n", all->files[i].file,
				all->files[i].not_built ? "not built" : "not analyzed",
				all->files[i].reason ? all->files[i].reason : "?");
}

static void write_summary_txt(FILE *f, const struct results *all, const struct tree_stats *st)
{
	tree_summary_print(f, all, st, NULL);
}

static const struct {
	const char *name;
	void (*write)(FILE *f, const struct results *all, const struct tree_stats *st);
} report_files[] = {
	{"findings.txt", write_findings_txt},
	{"findings.json", tree_summary_json},
	{"summary.txt", write_summary_txt},
};

/* Each report is written beside its final name and renamed over it once
 * whole: a full disk or a read-only dir leaves the last run's reports as
 * they were, never a half-written findings.json. */
static int write_reports(struct tree_run *t, const struct results *all, const char *dir)
{
	size_t n = sizeof(report_files) / sizeof(report_files[0]);
	struct strbuf *tmp = xcalloc(n, sizeof(*tmp));
	struct strbuf path = {0};
	int r = 0;

	for (size_t i = 0; i < n && !r; i++) {
		FILE *f;
		sb_addf(&tmp[i], "%s/.%s.tmp", dir, report_files[i].name);
		if ((f = fopen(tmp[i].buf, "w"))) {
			report_files[i].write(f, all, &t->stats);
			r = ferror(f) | fclose(f);
		} else {
			r = -1;
		}
		if (r)
			fprintf(stderr, "pagecheck: %s: cannot write the report: %s\n", tmp[i].buf,
				strerror(errno));
	}
	for (size_t i = 0; i < n && !r; i++) {
		sb_reset(&path);
		sb_addf(&path, "%s/%s", dir, report_files[i].name);
		if ((r = rename(tmp[i].buf, path.buf)))
			fprintf(stderr, "pagecheck: %s: cannot be replaced: %s\n", path.buf,
				strerror(errno));
	}
	for (size_t i = 0; i < n; i++) {
		if (r && tmp[i].buf)
			unlink(tmp[i].buf);
		sb_release(&tmp[i]);
	}
	sb_release(&path);
	free(tmp);
	return r;
}

/* The findings only Coccinelle reports, on files clang analyzed: each is
 * a limit of one engine or a bug in the other. */
static void write_disagreements(struct tree_run *t, const char *dir)
{
	struct strbuf path = {0};
	FILE *f;

	sb_addf(&path, "%s/engines.txt", dir);
	if ((f = fopen(path.buf, "w"))) {
		results_sort(&t->engines.disagreements);
		engine_stats_print(f, &t->engines);
		fclose(f);
	}
	sb_release(&path);
}

static char *reports_dir(const struct kernel_build *b)
{
	struct strbuf sb = {0};
	char *dir;

	if (opts.reports)
		sb_adds(&sb, opts.reports);
	else
		sb_addf(&sb, "reports/%s-%s", b->name, b->arch);
	dir = absolute_path(sb.buf);
	sb_release(&sb);
	if (path_within(dir, b->srctree)) {
		fprintf(stderr, "pagecheck: %s: the reports dir is inside the kernel tree; "
			"pagecheck never writes there\n", dir);
		free(dir);
		return NULL;
	}
	if (mkdir_p(dir)) {
		fprintf(stderr, "pagecheck: %s: cannot create the reports dir: %s\n", dir,
			strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
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

static void run_baseline(struct tree_run *t)
{
	struct worker_pool pool = {opts.jobs, (unsigned)opts.timeout, baseline_job,
				   baseline_done, NULL, t, &interrupted};
	double wall = clock_seconds(), cpu = cpu_seconds(RUSAGE_CHILDREN);

	fprintf(stderr, "pagecheck: timing bare %s -fsyntax-only on the %zu parsed files\n",
		opts.clang, t->ntodo);
	pool_run(&pool, t->ntodo);
	t->stats.baseline_files = t->ntodo;
	t->stats.baseline_wall = clock_seconds() - wall;
	t->stats.baseline_cpu = cpu_seconds(RUSAGE_CHILDREN) - cpu;
}

static bool same_file(const char *file, void *rel)
{
	return !strcmp(file, rel);
}

static int by_rel(const void *a, const void *b)
{
	return strcmp((*(struct tree_file *const *)a)->rel, (*(struct tree_file *const *)b)->rel);
}

/* Hands each file the findings and sites the analysis across files made
 * of it, in place of its own. */
static void distribute(struct tree_run *t, struct results *found)
{
	struct tree_file **by = xcalloc(t->nfiles + 1, sizeof(*by));
	struct results *part = xcalloc(t->nfiles + 1, sizeof(*part));

	for (size_t i = 0; i < t->nfiles; i++)
		by[i] = &t->files[i];
	qsort(by, t->nfiles, sizeof(*by), by_rel);
	for (size_t i = 0; i < found->nf + found->ns; i++) {
		bool finding = i < found->nf;
		struct tree_file key = {.rel = finding ? found->f[i].file :
					found->s[i - found->nf].file}, *kp = &key, **hit;
		struct results *into;
		hit = bsearch(&kp, by, t->nfiles, sizeof(*by), by_rel);
		if (!hit)
			continue;	/* cannot be: every IR is a candidate's */
		into = &part[*hit - t->files];
		if (finding) {
			GROW(into->f, into->nf, into->cf);
			into->f[into->nf++] = found->f[i];
			memset(&found->f[i], 0, sizeof(found->f[i]));
		} else {
			GROW(into->s, into->ns, into->cs);
			into->s[into->ns++] = found->s[i - found->nf];
			memset(&found->s[i - found->nf], 0, sizeof(found->s[0]));
		}
	}
	for (size_t i = 0; i < t->nfiles; i++)
		if (t->files[i].linked)
			results_replace_analysis(&t->files[i].results, &part[i], same_file,
						 t->files[i].rel);
		else
			results_free(&part[i]);
	if (t->nfiles)	/* the bounds the link hit: each names its file */
		results_take_truncations(&t->files[0].results, found);
	results_free(found);
	free(part);
	free(by);
}

static bool file_analyzed(const struct tree_file *f)
{
	for (size_t j = 0; j < f->results.nfiles; j++)
		if (f->results.files[j].analyzed)
			return true;
	return false;
}

/* Every analyzed file's IR (parsed now or cached) judged together; the
 * summaries go to the build dir, for later single-file runs to read. */
static void run_across_files(struct tree_run *t)
{
	struct program prog = {0};
	struct results stores = {0}, found = {0};
	struct knowledge learned = {0};
	struct strbuf path = {0}, tmp = {0};
	double start = clock_seconds();
	FILE *sf;

	for (size_t i = 0; i < t->nfiles; i++) {
		struct tree_file *f = &t->files[i];
		char *json, *irp, *err = NULL;
		struct strbuf text = {0};
		struct file_ir ir;
		if (!file_analyzed(f))
			continue;
		json = cache_json_path(&t->cache, f->rel);
		irp = cache_ir_path(&t->cache, f->rel);
		if (!sb_read_file(&text, irp) && text.buf &&
		    !file_ir_from_json(&ir, text.buf, t->cat, &err)) {
			t->stats.link_functions += ir.n;
			program_add(&prog, &ir);
			f->linked = true;
		} else {
			fprintf(stderr, "pagecheck: %s: %s; the file is judged alone\n", irp,
				err ? err : "cannot be read");
			t->stats.link_unread++;
		}
		for (size_t j = 0; j < f->results.nstores; j++) {
			GROW(stores.stores, stores.nstores, stores.cstores);
			stores.stores[stores.nstores++] = f->results.stores[j];
		}
		free(err);
		sb_release(&text);
		free(irp);
		free(json);
	}
	program_analyze(&prog, t->cat, stores.stores, stores.nstores, NULL, &found, &learned);
	/* stores of parameters' pages now have their callers' origins */
	for (size_t i = 0, n = 0; i < t->nfiles; i++)
		for (size_t j = 0; file_analyzed(&t->files[i]) &&
				   j < t->files[i].results.nstores; j++)
			t->files[i].results.stores[j].origin = stores.stores[n++].origin;
	sb_addf(&path, "%s/pagecheck-summaries.json", t->build.objtree);
	if ((sf = replace_open(path.buf, &tmp)))
		knowledge_write(sf, &learned);
	if (!replace_commit(sf, &tmp, path.buf))
		t->summaries = sb_detach(&path);
	else
		fprintf(stderr, "pagecheck: %s: cannot be written\n", path.buf);
	knowledge_free(&learned);
	distribute(t, &found);
	program_free(&prog);
	free(stores.stores);	/* the files' own */
	sb_release(&path);
	sb_release(&tmp);
	t->stats.summaries = t->summaries;
	t->stats.link_wall = clock_seconds() - start;
}

/* Coccinelle over every candidate, merged into each file's results. */
static int run_cocci_engine(struct tree_run *t)
{
	struct tree_cocci_run run = {
		t->cat, {"spatch", opts.jobs, (unsigned)opts.timeout}, &t->cache, t->build.srctree,
		NULL, NULL, 0, opts.no_cache,
	};
	char **rel = xcalloc(t->nfiles + 1, sizeof(char *)), **abs = xcalloc(t->nfiles + 1,
									    sizeof(char *));
	struct results *found = xcalloc(t->nfiles + 1, sizeof(*found));
	size_t *of = xcalloc(t->nfiles + 1, sizeof(*of));	/* found[k] is files[of[k]]'s */
	double start = clock_seconds();
	int status;

	for (size_t i = 0; i < t->nfiles; i++) {
		if (results_not_built_files(&t->files[i].results))
			continue;	/* not part of this kernel: nothing to match */
		of[run.n] = i;
		rel[run.n] = t->files[i].rel;
		abs[run.n++] = t->files[i].abs;
	}
	run.rel = rel;
	run.abs = abs;
	fprintf(stderr, "pagecheck: Coccinelle on the %zu candidates built\n", run.n);
	status = tree_cocci(&run, found, &t->stats.cocci_files);
	t->stats.cocci_wall = clock_seconds() - start;
	for (size_t k = 0; k < run.n; k++) {
		struct results *mine = &t->files[of[k]].results;
		if (t->engine == ENGINE_ALL) {
			engines_merge(mine, &found[k], &t->engines);
		} else {
			results_add_file(mine, t->files[of[k]].rel)->analyzed = true;
			results_take(mine, &found[k]);
		}
		results_free(&found[k]);
	}
	free(of);
	t->stats.both = t->engines.both;
	t->stats.clang_only = t->engines.clang_only;
	t->stats.cocci_only = t->engines.cocci_only;
	t->stats.cocci_kept = t->engines.cocci_kept;
	free(found);
	free(rel);
	free(abs);
	return status;
}

/* The results of the valid entries; one that does not load after all is
 * parsed again. */
static void load_cached(struct tree_run *t)
{
	for (size_t i = 0; i < t->nfiles; i++) {
		struct tree_file *f = &t->files[i];
		char *json;
		if (!f->cached)
			continue;
		json = cache_json_path(&t->cache, f->rel);
		if (results_load_json(json, &f->results)) {
			results_free(&f->results);
			fprintf(stderr, "pagecheck: %s: its cached result cannot be read; parsing it "
				"again\n", f->rel);
			t->stats.cache_damaged++;
			f->cached = false;
			t->todo[t->ntodo++] = i;
		}
		free(json);
	}
}

static void free_run(struct tree_run *t)
{
	for (size_t i = 0; i < t->nfiles; i++) {
		free(t->files[i].rel);
		free(t->files[i].abs);
		argv_free(&t->files[i].clang_args);
		results_free(&t->files[i].results);
	}
	free(t->files);
	free(t->todo);
	cache_close(&t->cache);
	free(t->summaries);
	kernel_build_free(&t->build);
	engine_stats_free(&t->engines);
}

/* The last line: what the status means for this run, so that a log read
 * later says why it failed or that files were lost without failing. */
static void print_exit_status(int status, const struct results *all,
			      const struct tree_stats *st)
{
	size_t failed = results_failed_files(all);

	printf("exit status %d: ", status);
	if (status == 2 && opts.strict && failed)
		printf("%zu file%s not analyzed (--strict)\n", failed, failed == 1 ? "" : "s");
	else if (status == 2)
		printf("the audit is incomplete: %s\n", st->cocci_failed ?
		       "Coccinelle failed" :
		       "the reports could not be written (the last ones are left as they were)");
	else if (failed)
		printf("%s; %zu file%s not analyzed (listed above; --strict fails the run)\n",
		       status ? "findings" : "no findings", failed, failed == 1 ? "" : "s");
	else
		printf("%s\n", status ? "findings" : "no findings");
}

/* Ctrl-C while files are parsed: what was parsed is sealed in the cache and
 * no report is written, so the next run resumes where this one stopped and
 * nothing half-done is ever read. Ends as the signal would have. */
static void stop_interrupted(struct tree_run *t, size_t ended, struct results *all,
			     struct argv_list *names, struct argv_list *candidates, char *reports)
{
	int sig = interrupted;

	fprintf(stderr, "pagecheck: interrupted (%s): %zu of %zu files parsed and cached; "
		"no reports written; the next run resumes from the cache\n", strsignal(sig),
		ended, t->ntodo);
	results_free(all);
	argv_free(names);
	argv_free(candidates);
	free(reports);
	free_run(t);
	signal(sig, SIG_DFL);
	raise(sig);
	exit(128 + sig);
}

static int run_tree(const char *rules_path, const struct catalog *cat)
{
	struct tree_run t = {0};
	struct argv_list names = {0}, candidates = {0};
	struct results all = {0};
	struct strbuf cache_dir = {0};
	char *reports;
	double wall, cpu;
	int status;
	bool written;

	t.cat = cat;
	t.engine = engine_choose(opts.engine);
	if (!t.engine)
		return 2;
	if (opts.reports) {	/* refuse before anything is configured */
		char *src = absolute_path(opts.kdir), *rep = absolute_path(opts.reports);
		int inside = path_within(rep, src);
		if (inside)
			fprintf(stderr, "pagecheck: %s: the reports dir is inside the kernel tree; "
				"pagecheck never writes there\n", rep);
		free(src);
		free(rep);
		if (inside)
			return 2;
	}
	if (kernel_build_setup(&t.build, opts.kdir, opts.objdir, opts.arch, opts.kconfig)) {
		kernel_build_free(&t.build);	/* what it set up before it failed */
		return 2;
	}
	if (opts.prepare_only) {
		printf("%s\n", t.build.objtree);
		kernel_build_free(&t.build);
		return 0;
	}
	if (!(reports = reports_dir(&t.build))) {
		kernel_build_free(&t.build);
		return 2;
	}
	wall = clock_seconds();
	cpu = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN);
	sb_addf(&cache_dir, "%s/pagecheck-cache", t.build.objtree);
	if (cache_open(&t.cache, cache_dir.buf, rules_path)) {
		sb_release(&cache_dir);
		free(reports);
		return 2;
	}
	sb_release(&cache_dir);
	catalog_scan_names(cat, &names);
	t.stats.scanned = tree_scan(t.build.srctree, t.build.srcarch, &names, &candidates);
	plan_files(&t, &candidates);
	if (!(t.engine & ENGINE_CLANG))
		t.ntodo = 0;	/* Coccinelle alone */
	t.stats.tree = t.build.name;
	t.stats.arch = t.build.arch;
	t.stats.kconfig = opts.kconfig ? opts.kconfig : ".config";
	t.stats.candidates = t.nfiles;
	if (t.engine & ENGINE_CLANG)
		load_cached(&t);
	{
		size_t not_built = 0;
		for (size_t i = 0; i < t.nfiles; i++)
			not_built += results_not_built_files(&t.files[i].results);
		fprintf(stderr, "pagecheck: %s (%s): %zu of %zu .c files call a sink or guard; "
			"%zu not built, %zu to parse, %zu from the cache, %d jobs\n", t.build.name,
			t.build.arch, t.nfiles, t.stats.scanned, not_built, t.ntodo,
			t.nfiles - t.ntodo - not_built, opts.jobs);
	}
	progress_start(&t.progress, t.ntodo, opts.progress, opts.status_every);
	for (size_t i = 0; i < t.nfiles; i++)
		if (t.files[i].cached)
			count_into_progress(&t, &t.files[i].results);
	{
		struct worker_pool pool = {opts.jobs, (unsigned)opts.timeout, analyze_job, analyze_done,
					   tick, &t, &interrupted};
		size_t ended;
		catch_interrupts(true);
		ended = pool_run(&pool, t.ntodo);
		catch_interrupts(false);
		progress_end(&t.progress);
		if (interrupted)
			stop_interrupted(&t, ended, &all, &names, &candidates, reports);
	}
	t.stats.clang_wall = clock_seconds() - wall;
	if (t.engine & ENGINE_CLANG)
		run_across_files(&t);
	if ((t.engine & ENGINE_COCCI) && run_cocci_engine(&t))
		t.stats.cocci_failed = true;
	t.stats.wall = clock_seconds() - wall;
	t.stats.cpu = cpu_seconds(RUSAGE_SELF) + cpu_seconds(RUSAGE_CHILDREN) - cpu;
	t.stats.worker_rss_kb = peak_rss_kb(RUSAGE_CHILDREN);
	t.stats.driver_rss_kb = peak_rss_kb(RUSAGE_SELF);
	t.stats.engine = t.engine == ENGINE_ALL ? "clang+cocci" :
			 t.engine == ENGINE_COCCI ? "cocci" : "clang";
	if (opts.baseline)
		run_baseline(&t);
	for (size_t i = 0; i < t.nfiles; i++)
		results_take(&all, &t.files[i].results);
	results_apply_field_stores(&all);
	results_cap_cpu_carriers(&all, t.cat);
	results_cap_secure_arch(&all, &t.build, t.cat);
	status = all.nf ? 1 : 0;
	if (opts.strict && results_failed_files(&all))
		status = 2;
	written = !write_reports(&t, &all, reports);
	if (!written || t.stats.cocci_failed)
		status = 2;
	if (t.engine == ENGINE_ALL && written)
		write_disagreements(&t, reports);
	tree_summary_print(stdout, &all, &t.stats, written ? reports : NULL);
	print_exit_status(status, &all, &t.stats);
	results_free(&all);
	argv_free(&names);
	argv_free(&candidates);
	free(reports);
	free_run(&t);
	return status;
}

int cmd_tree_main(int argc, char **argv,
		  char *(*load_rules)(const char *given, struct catalog *cat))
{
	struct catalog cat;
	char *rules;
	int status = parse_tree_args(argc, argv);

	if (status)
		return status;
	if (!(rules = load_rules(opts.rules, &cat)))
		return 2;
	status = run_tree(rules, &cat);
	catalog_free(&cat);
	free(rules);
	return status;
}
