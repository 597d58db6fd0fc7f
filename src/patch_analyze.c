/* Only the patch's files and their dependents are parsed: what a warm
 * tree knows of every other file comes from its summaries, so a one-file
 * patch costs a few parses however large the tree. */
#include "patch_analyze.h"
#include "analyze.h"
#include "judge.h"
#include "kbuild_makefile.h"
#include "secure_arch.h"
#include "site_follow.h"

#include <ctype.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void add_dependent(const struct patch_files *p, const char *top, const char *rel,
			  size_t max, size_t *n, struct argv_list *out)
{
	struct strbuf path = {0};

	if (patch_listed(&p->touched, rel) || patch_listed(out, rel))
		return;
	sb_addf(&path, "%s/%s", top, rel);
	if (!access(path.buf, R_OK) && (*n)++ < max)
		argv_push(out, rel);
	sb_release(&path);
}

/* The files defining a function the touched files name (either version). */
static void callees(const struct patch_files *p, const struct knowledge *k, const char *top,
		    size_t max, struct argv_list *out)
{
	size_t n = 0;

	for (int side = 0; side < 2; side++)
		for (int i = 0; i < p->touched.n; i++) {
			char *path = patch_file_path(p, side, p->touched.v[i]);
			struct strbuf text = {0};
			if (path && !sb_read_file(&text, path))
				for (size_t s = 0; s < k->sums.n; s++) {
					const struct api *a = &k->sums.v[s];
					if (a->def_file && *a->def_file && text_has_word(text.buf, a->name))
						add_dependent(p, top, a->def_file, max, &n, out);
				}
			sb_release(&text);
			free(path);
		}
	if (n > max)
		fprintf(stderr, "pagecheck: check-patch: %zu files define functions the patch's "
			"files call; the first %zu analyzed\n", n, max);
}

/* The .c files calling a function the tree's summaries say a touched
 * file defines (git grep: the tree's index, not a walk of it). */
static void callers(const struct patch_files *p, const struct knowledge *k, const char *top,
		    size_t max, struct argv_list *out)
{
	struct argv_list argv = {0};
	struct strbuf found = {0};
	size_t n = 0, nfn = 0;
	char *save = NULL;

	argv_push(&argv, "git");
	argv_push(&argv, "grep");
	argv_push(&argv, "-lw");
	for (size_t s = 0; s < k->sums.n; s++)
		if (k->sums.v[s].def_file && patch_listed(&p->touched, k->sums.v[s].def_file)) {
			argv_push(&argv, "-e");
			argv_push(&argv, k->sums.v[s].name);
			nfn++;
		}
	argv_push(&argv, "--");
	argv_push(&argv, "*.c");
	argv_push(&argv, "");	/* room for execvp's NULL */
	free(argv.v[--argv.n]);
	argv.v[argv.n] = NULL;
	if (nfn && run_program(top, argv.v, &found, false) == 0)
		for (char *l = strtok_r(found.buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save))
			add_dependent(p, top, l, max, &n, out);
	if (n > max)
		fprintf(stderr, "pagecheck: check-patch: %zu files call functions the patch's files "
			"define; the first %zu analyzed\n", n, max);
	sb_release(&found);
	argv_free(&argv);
}

void patch_dependents(const struct patch_files *p, const struct knowledge *k, const char *top,
		      size_t max, struct argv_list *out)
{
	callees(p, k, top, max, out);
	callers(p, k, top, max, out);
}

/* kbuild's flags for rel; its own dir is searched for "quoted" headers
 * first, as when the copy lay beside them. */
static void flags_of(const struct kernel_build *b, struct kbuild_flags *dirflags,
		     const char *rel, struct argv_list *args)
{
	struct argv_list raw = {0};
	struct strbuf dir = {0};
	char *copy = xstrdup(rel);

	kernel_build_file_flags(b, dirflags, rel, &raw);
	flags_for_clang(&raw, b->objtree, args);
	sb_addf(&dir, "%s/%s", b->srctree, dirname(copy));
	argv_push(args, "-iquote");
	argv_push(args, dir.buf);
	sb_release(&dir);
	free(copy);
	argv_free(&raw);
}

static void analyze_one(CXIndex index, struct kbuild_flags *dirflags,
			const struct kernel_build *b, const struct catalog *cat, const char *rel,
			const char *path, struct results *r, struct judge *j)
{
	struct argv_list args = {0};
	struct file_ir ir = {0};

	flags_of(b, dirflags, rel, &args);
	if (analyze_file(index, path, &args, cat, r, NULL, &ir)) {
		fprintf(stderr, "pagecheck: %s: not analyzed: %s\n", rel,
			r->files[r->nfiles - 1].reason);
	} else {
		ir.file = xstrdup(path);
		judge_add_ir(j, &ir);
	}
	file_ir_free(&ir);
	argv_free(&args);
}

void patch_analyze(const struct patch_files *p, bool after, const struct argv_list *dependents,
		   const struct kernel_build *b, const struct catalog *cat,
		   const struct knowledge *k, struct results *r)
{
	struct kbuild_flags *dirflags = kbuild_flags_new(b->srctree, b->objtree, &b->config);
	CXIndex index = clang_createIndex(0, 0);
	struct judge j = {0};

	for (int i = 0; i < p->touched.n; i++) {
		char *path = patch_file_path(p, after, p->touched.v[i]);
		if (path)
			analyze_one(index, dirflags, b, cat, p->touched.v[i], path, r, &j);
		free(path);
	}
	for (int i = 0; i < dependents->n; i++) {
		struct strbuf path = {0};
		sb_addf(&path, "%s/%s", b->srctree, dependents->v[i]);
		analyze_one(index, dirflags, b, cat, dependents->v[i], path.buf, r, &j);
		sb_release(&path);
	}
	clang_disposeIndex(index);
	judge_add_results(&j, r);
	judge_together(&j, cat, k, NULL);
	results_apply_field_stores(r);
	results_cap_cpu_carriers(r, cat);
	results_relative_to(r, after ? p->after : p->before);
	results_relative_to(r, b->srctree);
	results_cap_secure_arch(r, b, cat);
	sites_follow(r);
	results_sort(r);
	kbuild_flags_free(dirflags);
}
