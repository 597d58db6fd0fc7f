/* pagecheck command line: clang-tidy's conventions (sources, -p build dir,
 * "--" then compiler flags) and sparse's (called by kbuild as CHECK= with
 * CHECKFLAGS and c_flags mixed in: unknown options are compiler flags).
 * The other commands have their own files: cmd_tree.c, cmd_cocci.c. */
#include "../checkers/checker.h"
#include "analyze.h"
#include "baseline.h"
#include "cmd_check_patch.h"
#include "cmd_audit.h"
#include "cmd_cocci.h"
#include "cmd_diff.h"
#include "cmd_tree.h"
#include "version.h"
#include "cfg_dump.h"
#include "cocci_engine.h"
#include "compile_flags.h"
#include "engine_merge.h"
#include "judge.h"
#include "knowledge.h"
#include "options.h"
#include "report.h"
#include "rules.h"
#include "summary_dump.h"
#include "suppress.h"
#include "site_follow.h"
#include "util.h"

#include <clang-c/CXCompilationDatabase.h>
#include <libgen.h>
#include <sys/stat.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PAGECHECK_DATADIR
#define PAGECHECK_DATADIR "."
#endif

enum format { FORMAT_TEXT, FORMAT_JSON };

struct single_options {
	const char *rules;
	const char *build_dir;
	enum format format;
	bool kbuild;		/* called as kbuild's CHECK: behave like sparse */
	bool kbuild_error;	/* -Wsparse-error: findings fail the build */
	const char *engine;	/* --engine= */
	const char *summaries;	/* --summaries: what a tree run learned */
	const char *learn;	/* --write-summaries: what this run learned */
	const char *baseline;	/* --baseline: a findings.json whose findings are known */
	bool stats;		/* --stats: how the engines agreed */
	bool strict;		/* --strict: a file that did not parse fails the run */
	bool dump_cfg;		/* --dump-cfg: print the lowering, analyze nothing */
	bool dump_summaries;	/* --dump-summaries: print what was learned */
	struct argv_list sources, flags;
};

static struct single_options opts;

/* The rule ids, from the checkers' registry: "lead a, b, c." wrapped. */
static void print_rule_list(FILE *f, const char *lead)
{
	int col = fprintf(f, "%s", lead);

	for (int i = 0; i < ncheckers; i++) {
		const char *id = checkers[i]->id, *sep = i + 1 < ncheckers ? "," : ".\n";
		if (col + 1 + (int)(strlen(id) + strlen(sep)) > 72)
			col = fprintf(f, "\n%s%s", id, sep) - 1;
		else
			col += fprintf(f, " %s%s", id, sep);
	}
}

static void describe_single(FILE *f)
{
	fputs("\nFinds pages that get a new reference and reach I/O without being made\n"
	      "accessible (the guards of the rule catalog).\n", f);
	print_rule_list(f, "Rules:");
}

static int set_format(const struct option *opt, const char *val)
{
	if (!strcmp(val, "json"))
		*(enum format *)opt->value = FORMAT_JSON;
	else if (!strcmp(val, "text"))
		*(enum format *)opt->value = FORMAT_TEXT;
	else {
		fprintf(stderr, "pagecheck: unknown format '%s' (text, json)\n", val);
		return 2;
	}
	return 0;
}

static int print_version(const struct option *opt, const char *val)
{
	(void)opt;
	(void)val;
	printf("pagecheck %s\n", PAGECHECK_VERSION);
	return -1;
}

/* One id a line: what make cocci (and scripts) iterate over. */
static int list_rules(const struct option *opt, const char *val)
{
	(void)opt;
	(void)val;
	for (int i = 0; i < ncheckers; i++)
		printf("%s\n", checkers[i]->id);
	return -1;
}

static const struct option single_options[] = {
	{0, "rules", "FILE", "rule catalog (default: the rules.yaml shipped with pagecheck)",
	 OPTION_STRING, &opts.rules, NULL},
	{0, "format", "text|json", "output format (default: text)", OPTION_CALLBACK,
	 &opts.format, set_format},
	{'p', NULL, "DIR", "build directory holding compile_commands.json", OPTION_STRING,
	 &opts.build_dir, NULL},
	{0, "engine", "clang|cocci|all", "analysis engines (default: all where spatch is "
	 "installed, else clang; or $PAGECHECK_ENGINE)", OPTION_STRING, &opts.engine, NULL},
	{0, "stats", NULL, "with both engines: what each found, and where they disagree",
	 OPTION_FLAG, &opts.stats, NULL},
	{0, "strict", NULL, "exit 2 when a file could not be analyzed", OPTION_FLAG,
	 &opts.strict, NULL},
	{0, "summaries", "FILE", "what a tree run learned (<build dir>/pagecheck-summaries.json): "
	 "summaries of functions in other files, origins of parameters", OPTION_STRING,
	 &opts.summaries, NULL},
	{0, "baseline", "FILE", "a findings.json: print only the findings it does not have "
	 "(matched by fingerprint)", OPTION_STRING, &opts.baseline, NULL},
	{0, "write-summaries", "FILE", "write what this run learned, in the same form",
	 OPTION_STRING, &opts.learn, NULL},
	{0, "dump-cfg", NULL, "analyze nothing: print each function's blocks, events, paths "
	 "and objects", OPTION_FLAG, &opts.dump_cfg, NULL},
	{0, "dump-summaries", NULL, "print each function's summary, as the analysis across "
	 "functions uses it", OPTION_FLAG, &opts.dump_summaries, NULL},
	{0, "list-rules", NULL, "print the rule ids, one a line", OPTION_CALLBACK, NULL,
	 list_rules},
	{0, "version", NULL, "print the version", OPTION_CALLBACK, NULL, print_version},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static int single_operand(void *ctx, int argc, char **argv);

static const struct command_line single_command = {
	.synopsis =
	"usage: pagecheck [options] <source.c>... [-- <compiler flags>]\n"
	"       pagecheck tree [options] <kernel source tree>   (see pagecheck tree --help)\n"
	"       pagecheck cocci <rule id>   (the rule's semantic patch, from the catalog)\n"
	"       pagecheck diff OLD.json NEW.json   (what changed between two audits)\n"
	"       pagecheck check-patch [PATCH|-|--since REV]   (what a patch adds)\n"
	"       pagecheck audit REPORTS_DIR   (index.html, report.md, findings.sarif of a tree run)\n"
	"       make -C <kernel> O=<build> C=2 CHECK=/abs/path/pagecheck <target>\n",
	.describe = describe_single,
	.options = single_options,
	.epilogue =
	"Unknown options are compiler flags. Exit status: 0 no findings,\n"
	"1 findings, 2 bad input or a tool error. A file that does not parse is\n"
	"listed as not analyzed; it fails the run only with --strict.\n"
	"As kbuild's checker (sparse's --arch= in the flags) it exits 0 like\n"
	"sparse unless -Wsparse-error is given.\n",
	.operand = single_operand,
	.ctx = &opts,
	.unknown_are_operands = true,
	.dashdash_ends = true,
};

static bool is_source(const char *a)
{
	size_t n = strlen(a);
	return a[0] != '-' && n > 2 && (!strcmp(a + n - 2, ".c") || !strcmp(a + n - 2, ".h"));
}

static bool is_directory(const char *a)
{
	struct stat st;

	return a[0] != '-' && !stat(a, &st) && S_ISDIR(st.st_mode);
}

/* A source that cannot be read is bad input, not a file that failed to
 * parse: say why in the system's words, before anything is analyzed. */
static int check_sources(const struct argv_list *sources)
{
	int bad = 0;

	for (int i = 0; i < sources->n; i++) {
		const char *why = file_unreadable(sources->v[i]);
		if (why) {
			fprintf(stderr, "pagecheck: %s: %s%s\n", sources->v[i], why,
				is_directory(sources->v[i]) ? "; use `pagecheck tree` for a kernel tree" : "");
			bad = 2;
		}
	}
	return bad;
}

/* A source, or a compiler flag (with its value, if it takes one). */
static int single_operand(void *ctx, int argc, char **argv)
{
	struct single_options *o = ctx;
	const char *a = argv[0];

	if (!strncmp(a, "--arch=", 7))
		o->kbuild = true;
	if (!strcmp(a, "-Wsparse-error"))
		o->kbuild_error = true;
	if (is_source(a)) {
		argv_push(&o->sources, a);
		return 1;
	}
	if (is_directory(a)) {
		fprintf(stderr, "pagecheck: %s: is a directory; use `pagecheck tree %s` for "
			"a kernel tree\n", a, a);
		return 0;
	}
	argv_push(&o->flags, a);
	if (flag_takes_value(a) && argc > 1) {
		argv_push(&o->flags, argv[1]);
		return 2;
	}
	return 1;
}

/* Returns 0, 2 after printing why the command line is wrong, or -1 when
 * an option said all (--help). */
static int parse_args(int argc, char **argv)
{
	int rest, r = options_parse(&single_command, argc, argv, &rest);

	for (; !r && rest < argc; rest++)
		argv_push(&opts.flags, argv[rest]);
	return r;
}

static int write_knowledge(const char *path, const struct knowledge *k)
{
	FILE *f = fopen(path, "w");

	if (f)
		knowledge_write(f, k);
	if (!f || fclose(f)) {
		fprintf(stderr, "pagecheck: %s: cannot be written\n", path);
		return -1;
	}
	return 0;
}

/* The rules.yaml next to the binary, else the one it was built from. */
static char *default_rules(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	struct strbuf sb = {0};

	if (n > 0) {
		exe[n] = '\0';
		sb_addf(&sb, "%s/rules.yaml", dirname(exe));
		if (access(sb.buf, R_OK) == 0)
			return sb_detach(&sb);
		sb_reset(&sb);
	}
	sb_addf(&sb, "%s/rules.yaml", PAGECHECK_DATADIR);
	return sb_detach(&sb);
}

/* The files of a command line as they are parsed: their results, and
 * their IRs for judging them together once all are parsed. */
struct single_run {
	CXIndex index;
	const struct catalog *cat;
	struct results results;
	struct judge judge;
};

static void analyze_with(struct single_run *run, const char *file, const struct argv_list *raw,
			 const char *dir)
{
	struct argv_list clang_args = {0};
	struct file_ir ir = {0};
	struct results *r = &run->results;

	flags_for_clang(raw, dir, &clang_args);
	if (analyze_file(run->index, file, &clang_args, run->cat, r, NULL, &ir)) {
		fprintf(stderr, "pagecheck: %s: not analyzed: %s\n", file,
			r->files[r->nfiles - 1].reason);
	} else {
		ir.file = xstrdup(file);
		judge_add_ir(&run->judge, &ir);
	}
	file_ir_free(&ir);
	argv_free(&clang_args);
}

static void run_compile_command(struct single_run *run, CXCompileCommand cmd)
{
	CXString dir = clang_CompileCommand_getDirectory(cmd);
	CXString file = clang_CompileCommand_getFilename(cmd);
	const char *d = clang_getCString(dir), *f = clang_getCString(file);
	struct argv_list raw = {0};
	struct strbuf path = {0};

	compile_command_args(cmd, &raw);
	if (f[0] == '/')
		sb_adds(&path, f);
	else
		sb_addf(&path, "%s/%s", d, f);
	analyze_with(run, path.buf, &raw, d);
	sb_release(&path);
	argv_free(&raw);
	clang_disposeString(dir);
	clang_disposeString(file);
}

static void run_database_entry(struct single_run *run, CXCompilationDatabase db,
			       const char *source)
{
	char abs[PATH_MAX];
	CXCompileCommands cmds;
	unsigned n;

	if (!realpath(source, abs))
		snprintf(abs, sizeof(abs), "%s", source);
	cmds = clang_CompilationDatabase_getCompileCommands(db, abs);
	n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	if (!n) {
		struct file_status *st = results_add_file(&run->results, source);
		st->reason = xstrdup("no entry in compile_commands.json");
		fprintf(stderr, "pagecheck: %s: not analyzed: %s\n", source, st->reason);
	} else {
		run_compile_command(run, clang_CompileCommands_getCommand(cmds, 0));
	}
	if (cmds)
		clang_CompileCommands_dispose(cmds);
}

static int run_build_dir(struct single_run *run, const struct single_options *o)
{
	CXCompilationDatabase_Error err;
	CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(o->build_dir, &err);
	CXCompileCommands cmds;

	if (err != CXCompilationDatabase_NoError || !db) {
		fprintf(stderr, "pagecheck: %s/compile_commands.json: cannot be read\n",
			o->build_dir);
		return 2;
	}
	if (!o->sources.n) {
		cmds = clang_CompilationDatabase_getAllCompileCommands(db);
		for (unsigned i = 0; i < clang_CompileCommands_getSize(cmds); i++)
			run_compile_command(run, clang_CompileCommands_getCommand(cmds, i));
		clang_CompileCommands_dispose(cmds);
	}
	for (int s = 0; s < o->sources.n; s++)
		run_database_entry(run, db, o->sources.v[s]);
	clang_CompilationDatabase_dispose(db);
	return 0;
}

/* Loads the catalog given, or the one shipped; its path (to free), or NULL
 * after saying why it did not load. */
static char *load_rules(const char *given, struct catalog *cat)
{
	char *rules = given ? xstrdup(given) : default_rules(), *err = NULL;

	if (!catalog_load(cat, rules, &err) && !checkers_check_catalog(cat, &err))
		return rules;
	if (cat->path)
		catalog_free(cat);
	fprintf(stderr, "pagecheck: error: %s\n", err);
	free(err);
	free(rules);
	return NULL;
}

/* The cocci engine on the files the command names (or that clang
 * analyzed, for -p), merged into r. */
static int run_cocci(const struct single_options *o, const struct catalog *cat, int engine,
		     struct results *r)
{
	struct cocci_options co = {"spatch", 1, 120};
	struct results cr = {0};
	struct engine_stats st = {0};
	struct argv_list files = {0};

	for (size_t i = 0; i < r->nfiles; i++)
		argv_push(&files, r->files[i].file);
	if (cocci_check(cat, &co, &files, &cr)) {
		argv_free(&files);
		return 2;
	}
	argv_free(&files);
	if (engine == ENGINE_COCCI) {
		results_take(r, &cr);
		return 0;
	}
	engines_merge(r, &cr, &st);
	if (o->stats)
		engine_stats_print(stderr, &st);
	results_free(&cr);
	engine_stats_free(&st);
	return 0;
}

/* clang on every file, then all of them judged together. */
static int run_clang(const struct single_options *o, struct single_run *run,
		     const struct knowledge *known)
{
	struct knowledge learned = {.keep_statics = o->dump_summaries};
	int status = 0;

	run->index = clang_createIndex(0, 0);
	if (o->build_dir)
		status = run_build_dir(run, o);
	else
		for (int s = 0; s < o->sources.n; s++)
			analyze_with(run, o->sources.v[s], &o->flags, NULL);
	clang_disposeIndex(run->index);
	judge_add_results(&run->judge, &run->results);
	judge_together(&run->judge, run->cat, known, &learned);
	if (o->learn && write_knowledge(o->learn, &learned))
		status = 2;
	if (o->dump_summaries) {
		summaries_dump(stdout, &learned.sums);
		summaries_dump(stdout, &learned.statics);
	}
	knowledge_free(&learned);
	return status;
}

/* sparse's convention as kbuild's checker; ours otherwise. */
static int exit_status(const struct single_options *o, const struct results *r)
{
	if (o->kbuild)
		return o->kbuild_error && r->nf ? 1 : 0;
	if (o->strict && results_failed_files(r))
		return 2;
	return r->nf || r->nmarkers ? 1 : 0;	/* a wrong marker is the source's problem too */
}

/* The files of the command line, analyzed and reported with the catalog;
 * the exit status. */
static int check_files(const struct single_options *o, const struct catalog *cat)
{
	struct single_run run = {.cat = cat};
	struct results *r = &run.results;
	struct knowledge known = {0};
	int status = 0, engine = engine_choose(o->engine);
	char *err = NULL;

	if (!engine)
		return 2;
	if (o->summaries && knowledge_load(&known, o->summaries, &err)) {
		fprintf(stderr, "pagecheck: error: %s\n", err);
		free(err);
		knowledge_free(&known);
		return 2;
	}
	if (engine & ENGINE_CLANG)
		status = run_clang(o, &run, o->summaries ? &known : NULL);
	else
		for (int s = 0; s < o->sources.n; s++)
			results_add_file(r, o->sources.v[s])->analyzed = true;
	if (engine & ENGINE_COCCI)
		status |= run_cocci(o, cat, engine, r);
	results_apply_field_stores(r);
	results_cap_cpu_carriers(r, cat);
	sites_follow(r);
	suppress_apply(r, NULL);
	results_sort(r);
	if (o->baseline && baseline_report(r, o->baseline))
		status = 2;	/* nothing printed: the reader asked for the new ones only */
	else if (o->format == FORMAT_JSON)
		report_json(stdout, r);
	else
		report_text(o->kbuild ? stderr : stdout, r);
	if (!status)
		status = exit_status(o, r);
	results_free(r);
	knowledge_free(&known);
	return status;
}

int main(int argc, char **argv)
{
	struct catalog cat;
	char *rules;
	int status;

	if (argc > 1 && !strcmp(argv[1], "tree"))
		return cmd_tree_main(argc - 1, argv + 1, load_rules);
	if (argc > 1 && !strcmp(argv[1], "cocci"))
		return cmd_cocci_main(argc - 1, argv + 1, load_rules);
	if (argc > 1 && !strcmp(argv[1], "check-patch"))
		return cmd_check_patch_main(argc - 1, argv + 1, load_rules);
	if (argc > 1 && !strcmp(argv[1], "diff"))
		return cmd_diff_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "audit"))
		return cmd_audit_main(argc - 1, argv + 1, load_rules);
	status = parse_args(argc, argv);
	if (!status && !opts.sources.n && !opts.build_dir) {
		options_usage(stderr, &single_command);
		status = 2;
	}
	if (!status && !opts.build_dir && check_sources(&opts.sources))
		status = 2;
	if (!status) {
		if ((rules = load_rules(opts.rules, &cat))) {
			free(rules);
			status = opts.dump_cfg ? cfg_dump_files(stdout, &opts.sources, &opts.flags, &cat)
					       : check_files(&opts, &cat);
			catalog_free(&cat);
		} else {
			status = 2;
		}
	}
	argv_free(&opts.sources);
	argv_free(&opts.flags);
	return status < 0 ? 0 : status;
}
