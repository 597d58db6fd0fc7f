/* The plan of a tree run: the token scan's candidates, kbuild's verdict
 * (built or not) and flags for each (or compile_commands.json's, when the
 * build dir has one), and the cache's answer. */
#include "tree_plan.h"
#include "kbuild_generated.h"
#include "kbuild_included.h"
#include "kbuild_makefile.h"
#include "report.h"
#include "tree_scan.h"

#include <clang-c/CXCompilationDatabase.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The names whose calls make a file worth parsing: sinks and guards, the
 * fields of the ops pages travel through (a file calling ->sendpage or
 * filling .sendpage links the callers' pages to the I/O), and the structs
 * of the catalog's fields. */
/* The calls that make a file a candidate: a sink or a guard, and every
 * new-reference site (an acquire, or an origin of pages that may be
 * secure): the inventory covers each of them, whether or not the file
 * starts I/O itself. Kernel-private allocators are not sites. */
static bool in_scope(const struct api *a)
{
	switch (a->cls) {
	case API_SINK:
	case API_GUARD:
	case API_ACQUIRE:
	case API_WRAP:	/* what an extraction elsewhere hands back */
		return true;
	case API_ORIGIN:
		return (a->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)) != 0;
	default:
		return false;
	}
}

static void catalog_scan_names(const struct catalog *cat, struct argv_list *names)
{
	for (size_t i = 0; i < cat->napis; i++)
		if (in_scope(&cat->apis[i]))
			argv_push(names, cat->apis[i].name);
	for (size_t i = 0; i < cat->page_ops.n; i++) {
		const char *dot = strchr(cat->page_ops.names[i], '.');
		argv_push(names, dot ? dot : cat->page_ops.names[i]);
	}
	/* the files that fill a catalog field's struct: where traces end (a
	 * field of kernel-private pages ends none) */
	for (size_t i = 0; i < cat->nfields; i++) {
		struct strbuf sb = {0};
		if (!(cat->fields[i].origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
			continue;
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
	struct argv_list generated = {0};
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
		int built = kbuild_file_built(dirflags, f->rel, t->build.srcarch, &why);
		bool included = built < 0 && kbuild_file_included(t->build.srctree, f->rel, &why);
		if (!built || included) {
			struct file_status *st = results_add_file(&f->results, f->rel);
			st->not_built = true;
			st->included = included;
			st->reason = xstrdup(why.buf);
			continue;
		}
		kbuild_generated_headers(t->build.srctree, t->build.objtree, f->rel, &generated);
		if (!flags_from_database(db, f->abs, &raw, &dir))
			kernel_build_file_flags(&t->build, dirflags, f->rel, &raw);
		flags_for_clang(&raw, dir ? dir : t->build.objtree, &f->clang_args);
		f->key = cache_key(&t->cache, &f->clang_args);
		f->cached = !t->opts.no_cache && cached_entry(t, f);
		if (!f->cached)
			t->todo[t->ntodo++] = (size_t)(f - t->files);
		argv_free(&raw);
		free(dir);
	}
	if (db)
		clang_CompilationDatabase_dispose(db);
	/* before any file is parsed; a failure leaves the file to fail with
	 * clang's reason */
	if (generated.n)
		kernel_build_make_targets(&t->build, &generated);
	argv_free(&generated);
	sb_release(&why);
	kbuild_flags_free(dirflags);
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

/* What the plan says before anything is parsed. */
static void print_plan(const struct tree_run *t)
{
	size_t not_built = 0;

	for (size_t i = 0; i < t->nfiles; i++)
		not_built += results_not_built_files(&t->files[i].results);
	fprintf(stderr, "pagecheck: %s (%s): %zu of %zu .c files call a sink, a guard or take a new reference; "
		"%zu not built, %zu to parse, %zu from the cache, %d jobs\n", t->build.name,
		t->build.arch, t->nfiles, t->stats.scanned, not_built, t->ntodo,
		t->nfiles - t->ntodo - not_built, t->opts.jobs);
}

void tree_plan(struct tree_run *t)
{
	struct argv_list names = {0}, candidates = {0};

	catalog_scan_names(t->cat, &names);
	t->stats.scanned = tree_scan(t->build.srctree, t->build.srcarch, &names, &candidates);
	plan_files(t, &candidates);
	argv_free(&names);
	argv_free(&candidates);
	if (!(t->engine & ENGINE_CLANG))
		t->ntodo = 0;	/* Coccinelle alone */
	t->stats.tree = t->build.name;
	t->stats.arch = t->build.arch;
	t->stats.kconfig = t->opts.kconfig ? t->opts.kconfig : ".config";
	t->stats.candidates = t->nfiles;
	if (t->engine & ENGINE_CLANG)
		load_cached(t);
	print_plan(t);
}

void tree_run_free(struct tree_run *t)
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
	free(t->reports);
	kernel_build_free(&t->build);
	engine_stats_free(&t->engines);
}
