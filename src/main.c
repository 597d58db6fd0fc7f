/* pagecheck command line: clang-tidy's conventions (sources, -p build dir,
 * "--" then compiler flags) and sparse's (called by kbuild as CHECK= with
 * CHECKFLAGS and c_flags mixed in: unknown options are compiler flags). */
#include "analyze.h"
#include "cmd_tree.h"
#include "cocci_engine.h"
#include "cfg_dump.h"
#include "cocci_gen.h"
#include "engine_merge.h"
#include "knowledge.h"
#include "link.h"
#include "compile_flags.h"
#include "report.h"
#include "rules.h"
#include "util.h"

#include <clang-c/CXCompilationDatabase.h>
#include <libgen.h>
#include <sys/stat.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PAGECHECK_VERSION
#define PAGECHECK_VERSION "0.1"
#endif
#ifndef PAGECHECK_DATADIR
#define PAGECHECK_DATADIR "."
#endif

enum format { FORMAT_TEXT, FORMAT_JSON };

struct options {
	const char *rules;
	const char *build_dir;
	enum format format;
	bool kbuild;		/* called as kbuild's CHECK: behave like sparse */
	bool kbuild_error;	/* -Wsparse-error: findings fail the build */
	const char *engine;	/* --engine= */
	const char *summaries;	/* --summaries: what a tree run learned */
	const char *learn;	/* --write-summaries: what this run learned */
	bool stats;		/* --stats: how the engines agreed */
	bool strict;		/* --strict: a file that did not parse fails the run */
	bool dump_cfg;		/* --dump-cfg: print the lowering, analyze nothing */
	struct argv_list sources, flags;
};

static const struct {
	const char *name, *arg, *help;
} option_table[] = {
	{"--rules", "FILE", "rule catalog (default: the rules.yaml shipped with pagecheck)"},
	{"--format", "text|json", "output format (default: text)"},
	{"-p", "DIR", "build directory holding compile_commands.json"},
	{"--engine", "clang|cocci|all", "analysis engines (default: all where spatch is "
	 "installed, else clang; or $PAGECHECK_ENGINE)"},
	{"--stats", NULL, "with both engines: what each found, and where they disagree"},
	{"--strict", NULL, "exit 2 when a file could not be analyzed"},
	{"--summaries", "FILE", "what a tree run learned (<build dir>/pagecheck-summaries.json): "
	 "summaries of functions in other files, origins of parameters"},
	{"--write-summaries", "FILE", "write what this run learned, in the same form"},
	{"--dump-cfg", NULL, "print each function's blocks, events, paths and objects"},
	{"--version", NULL, "print the version"},
	{"--help", NULL, "this help"},
};

static void usage(FILE *f)
{
	fputs("usage: pagecheck [options] <source.c>... [-- <compiler flags>]\n"
	      "       pagecheck tree [options] <kernel source tree>   (see pagecheck tree --help)\n"
	      "       pagecheck cocci <rule id>   (the rule's semantic patch, from the catalog)\n"
	      "       make -C <kernel> O=<build> C=2 CHECK=/abs/path/pagecheck <target>\n\n"
	      "Finds pages that get a new reference and reach I/O without\n"
	      "arch_make_page_accessible(). Rules: missing-accessible,\n"
	      "unchecked-accessible, io-without-ref, accessible-before-ref.\n\n"
	      "options:\n", f);
	for (size_t i = 0; i < sizeof(option_table) / sizeof(option_table[0]); i++)
		fprintf(f, "  %-10s %-10s %s\n", option_table[i].name,
			option_table[i].arg ? option_table[i].arg : "", option_table[i].help);
	fputs("\nUnknown options are compiler flags. Exit status: 0 no findings,\n"
	      "1 findings, 2 bad input or a tool error. A file that does not parse is\n"
	      "listed as not analyzed; it fails the run only with --strict.\n"
	      "As kbuild's checker (sparse's --arch= in the flags) it exits 0 like\n"
	      "sparse unless -Wsparse-error is given.\n", f);
}

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

/* Returns 0, or 2 after printing why the command line is wrong. */
static int parse_args(int argc, char **argv, struct options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;

		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				argv_push(&o->flags, argv[i]);
			break;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			exit(0);
		}
		if (!strcmp(a, "--version")) {
			printf("pagecheck %s\n", PAGECHECK_VERSION);
			exit(0);
		}
		if (!strncmp(a, "--rules", 7) || !strncmp(a, "--format", 8) || !strcmp(a, "-p") ||
		    !strncmp(a, "--summaries", 11) || !strncmp(a, "--write-summaries", 17)) {
			const char *eq = strchr(a, '=');
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else {
				fprintf(stderr, "pagecheck: %s needs a value\n", a);
				return 2;
			}
			if (a[1] == 'p')
				o->build_dir = val;
			else if (a[2] == 's')
				o->summaries = val;
			else if (a[2] == 'w')
				o->learn = val;
			else if (a[2] == 'r')
				o->rules = val;
			else if (!strcmp(val, "json"))
				o->format = FORMAT_JSON;
			else if (!strcmp(val, "text"))
				o->format = FORMAT_TEXT;
			else {
				fprintf(stderr, "pagecheck: unknown format '%s' (text, json)\n", val);
				return 2;
			}
			continue;
		}
		if (!strncmp(a, "--engine=", 9)) {
			o->engine = a + 9;
			continue;
		}
		if (!strcmp(a, "--stats")) {
			o->stats = true;
			continue;
		}
		if (!strcmp(a, "--strict")) {
			o->strict = true;
			continue;
		}
		if (!strcmp(a, "--dump-cfg")) {
			o->dump_cfg = true;
			continue;
		}
		if (!strncmp(a, "--arch=", 7))
			o->kbuild = true;
		if (!strcmp(a, "-Wsparse-error"))
			o->kbuild_error = true;
		if (is_source(a)) {
			argv_push(&o->sources, a);
			continue;
		}
		if (is_directory(a)) {
			fprintf(stderr, "pagecheck: %s: is a directory; use `pagecheck tree %s` for "
				"a kernel tree\n", a, a);
			return 2;
		}
		argv_push(&o->flags, a);
		if (flag_takes_value(a) && i + 1 < argc)
			argv_push(&o->flags, argv[++i]);
	}
	return 0;
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

/* Every analyzed file, for the analysis across them once all are parsed. */
static struct program linked;

static void analyze_with(CXIndex index, const char *file, const struct argv_list *raw,
			 const char *dir, const struct catalog *cat, struct results *r)
{
	struct argv_list clang_args = {0};
	struct file_ir ir = {0};

	flags_for_clang(raw, dir, &clang_args);
	if (analyze_file(index, file, &clang_args, cat, r, NULL, &ir)) {
		fprintf(stderr, "pagecheck: %s: not analyzed: %s\n", file,
			r->files[r->nfiles - 1].reason);
	} else {
		ir.file = xstrdup(file);
		program_add(&linked, &ir);
	}
	file_ir_free(&ir);
	argv_free(&clang_args);
}

static void run_compile_command(CXIndex index, CXCompileCommand cmd,
				const struct catalog *cat, struct results *r)
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
	analyze_with(index, path.buf, &raw, d, cat, r);
	sb_release(&path);
	argv_free(&raw);
	clang_disposeString(dir);
	clang_disposeString(file);
}

static int run_build_dir(CXIndex index, const struct options *o, const struct catalog *cat,
			 struct results *r)
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
			run_compile_command(index, clang_CompileCommands_getCommand(cmds, i), cat, r);
		clang_CompileCommands_dispose(cmds);
	}
	for (int s = 0; s < o->sources.n; s++) {
		char abs[PATH_MAX];
		unsigned n;
		if (!realpath(o->sources.v[s], abs))
			snprintf(abs, sizeof(abs), "%s", o->sources.v[s]);
		cmds = clang_CompilationDatabase_getCompileCommands(db, abs);
		n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
		if (!n) {
			struct file_status *st = results_add_file(r, o->sources.v[s]);
			st->reason = xstrdup("no entry in compile_commands.json");
			fprintf(stderr, "pagecheck: %s: not analyzed: %s\n", o->sources.v[s],
				st->reason);
		} else {
			run_compile_command(index, clang_CompileCommands_getCommand(cmds, 0), cat, r);
		}
		if (cmds)
			clang_CompileCommands_dispose(cmds);
	}
	clang_CompilationDatabase_dispose(db);
	return 0;
}

/* Loads the catalog given, or the one shipped; its path (to free), or NULL
 * after saying why it did not load. */
static char *load_rules(const char *given, struct catalog *cat)
{
	char *rules = given ? xstrdup(given) : default_rules(), *err = NULL;

	if (!catalog_load(cat, rules, &err))
		return rules;
	fprintf(stderr, "pagecheck: error: %s\n", err);
	free(err);
	free(rules);
	return NULL;
}

/* pagecheck cocci <rule>: the semantic patch of a rule, from the catalog. */
static int cmd_cocci(int argc, char **argv)
{
	struct catalog cat;
	char *rules = NULL, *path, *text;
	const char *id = NULL;

	for (int i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "--rules=", 8))
			rules = xstrdup(argv[i] + 8);
		else if (!id && argv[i][0] != '-')
			id = argv[i];
		else
			id = NULL, i = argc;
	}
	if (!id) {
		fputs("usage: pagecheck cocci [--rules=FILE] <rule id>\nrule ids:", stderr);
		for (int i = 0; cocci_rule_ids[i]; i++)
			fprintf(stderr, " %s", cocci_rule_ids[i]);
		fputc('\n', stderr);
		free(rules);
		return 2;
	}
	path = load_rules(rules, &cat);
	free(rules);
	if (!path)
		return 2;
	free(path);
	text = cocci_generate(&cat, id);
	if (text)
		fputs(text, stdout);
	else
		fprintf(stderr, "pagecheck: cocci: no semantic patch for rule '%s'\n", id);
	free(text);
	catalog_free(&cat);
	return text ? 0 : 2;
}

/* The cocci engine on the files the command names (or that clang
 * analyzed, for -p), merged into r. */
static int run_cocci(const struct options *o, const struct catalog *cat, int engine,
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

/* The files of the command line, analyzed and reported with the catalog;
 * the exit status. */
static int check_files(const struct options *o, const struct catalog *cat)
{
	struct results r = {0};
	struct knowledge known = {0};
	CXIndex index;
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
	if (engine & ENGINE_CLANG) {
		struct results found = {0};
		struct knowledge learned = {0};
		index = clang_createIndex(0, 0);
		if (o->build_dir)
			status = run_build_dir(index, o, cat, &r);
		else
			for (int s = 0; s < o->sources.n; s++)
				analyze_with(index, o->sources.v[s], &o->flags, NULL, cat, &r);
		clang_disposeIndex(index);
		program_analyze(&linked, cat, r.stores, r.nstores, o->summaries ? &known : NULL,
				&found, &learned);
		results_replace_analysis(&r, &found, program_has_file, &linked);
		if (o->learn && write_knowledge(o->learn, &learned))
			status = 2;
		knowledge_free(&learned);
		program_free(&linked);
	} else {
		for (int s = 0; s < o->sources.n; s++)
			results_add_file(&r, o->sources.v[s])->analyzed = true;
	}
	if (engine & ENGINE_COCCI)
		status |= run_cocci(o, cat, engine, &r);
	results_apply_field_stores(&r);
	results_cap_cpu_carriers(&r, cat);
	results_sort(&r);
	if (o->format == FORMAT_JSON)
		report_json(stdout, &r);
	else
		report_text(o->kbuild ? stderr : stdout, &r);
	if (!status) {
		if (o->kbuild)
			status = o->kbuild_error && r.nf ? 1 : 0;
		else if (o->strict && results_failed_files(&r))
			status = 2;
		else
			status = r.nf ? 1 : 0;
	}
	results_free(&r);
	knowledge_free(&known);
	return status;
}

int main(int argc, char **argv)
{
	struct options o = {0};
	struct catalog cat;
	char *rules;
	int status;

	if (argc > 1 && !strcmp(argv[1], "tree"))
		return cmd_tree_main(argc - 1, argv + 1, load_rules);
	if (argc > 1 && !strcmp(argv[1], "cocci"))
		return cmd_cocci(argc - 1, argv + 1);
	status = parse_args(argc, argv, &o);
	if (!status && !o.sources.n && !o.build_dir) {
		usage(stderr);
		status = 2;
	}
	if (!status && !o.build_dir && check_sources(&o.sources))
		status = 2;
	if (!status) {
		if ((rules = load_rules(o.rules, &cat))) {
			free(rules);
			status = o.dump_cfg ? cfg_dump_files(stdout, &o.sources, &o.flags, &cat)
					    : check_files(&o, &cat);
			catalog_free(&cat);
		} else {
			status = 2;
		}
	}
	argv_free(&o.sources);
	argv_free(&o.flags);
	return status;
}
