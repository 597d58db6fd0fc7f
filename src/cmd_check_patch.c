/* pagecheck check-patch: what a patch adds to (and removes from) the
 * findings of a kernel git tree, for review bots: its files before and
 * after it (patch_files.c) and the files depending on them, analyzed with
 * kbuild's flags and the warm tree's summaries (patch_analyze.c), matched
 * by fingerprint (audit_diff.c). Run in the tree's top level, as b4 and
 * NIPA do. Exit status: 0 nothing new, 1 new findings, 2 could not check. */
#include "cmd_check_patch.h"
#include "audit_diff.h"
#include "options.h"
#include "patch_analyze.h"
#include "report.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum patch_format { PATCH_TEXT, PATCH_B4, PATCH_ROBOT, PATCH_JSON };

static struct {
	const char *patch, *since, *objdir, *arch, *rules;
	enum patch_format format;
	int max_dependents;
} cp_opts;

static int set_patch_format(const struct option *opt, const char *val)
{
	static const char *const names[] = {"text", "b4", "robot", "json"};

	(void)opt;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(val, names[i])) {
			cp_opts.format = (enum patch_format)i;
			return 0;
		}
	fprintf(stderr, "pagecheck: check-patch: unknown format '%s' (text, b4, robot, json)\n", val);
	return 2;
}

static const struct option check_patch_options[] = {
	{0, "since", "REV", "check the working tree's changes since REV (git diff REV)",
	 OPTION_STRING, &cp_opts.since, NULL},
	{'O', NULL, "DIR", "the tree run's build dir (default: $PAGECHECK_BUILD_DIR)",
	 OPTION_STRING, &cp_opts.objdir, NULL},
	{0, "arch", "ARCH", "x86_64 (default) or s390, as the tree run", OPTION_STRING,
	 &cp_opts.arch, NULL},
	{0, "rules", "FILE", "rule catalog", OPTION_STRING, &cp_opts.rules, NULL},
	{0, "format", "FORMAT", "text: new findings as ERROR:/WARNING: lines, then fixed ones "
	 "(default); b4: new ones only; robot: every finding of the touched files, new ones "
	 "marked >>; json: the diff document", OPTION_CALLBACK, NULL, set_patch_format},
	{0, "max-dependents", "N", "files analyzed for each kind of dependent (default: 16)",
	 OPTION_COUNT, &cp_opts.max_dependents, NULL},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static int check_patch_operand(void *ctx, int argc, char **argv)
{
	(void)ctx;
	(void)argc;
	if (cp_opts.patch) {
		fprintf(stderr, "pagecheck: check-patch: one patch at a time\n");
		return 0;
	}
	cp_opts.patch = argv[0];
	return 1;
}

static const struct command_line check_patch_command = {
	.name = "check-patch",
	.synopsis = "usage: pagecheck check-patch [options] [PATCH|-]\n"
	"       pagecheck check-patch [options] --since REV\n\n"
	"In a kernel git tree's top level, after a tree run on it (its build dir\n"
	"holds the summaries): the findings the patch introduces (ERROR: definite,\n"
	"WARNING: possible), and those it fixes. Nothing is printed when it adds\n"
	"none. Exit status: 0 nothing new, 1 new findings, 2 could not check.\n",
	.options = check_patch_options,
	.operand = check_patch_operand,
	.ctx = &cp_opts,
	.glued_short = true,
};

/* "file:line:col: ERROR: message [rule]" (b4 and NIPA read these). */
static void print_line(FILE *out, const char *lead, json_object *f, const char *level)
{
	json_object *v;
	int line = json_object_object_get_ex(f, "line", &v) ? json_object_get_int(v) : 0;
	int col = json_object_object_get_ex(f, "column", &v) ? json_object_get_int(v) : 0;
	const char *conf = json_object_get_string(json_object_object_get(f, "confidence"));

	fprintf(out, "%s%s:%d:%d: %s: %s [%s]\n", lead,
		json_object_get_string(json_object_object_get(f, "file")), line, col,
		level ? level : !strcmp(conf, "definite") ? "ERROR" : "WARNING",
		json_object_get_string(json_object_object_get(f, "message")),
		json_object_get_string(json_object_object_get(f, "rule")));
}

static json_object *findings_of(json_object *diff, const char *change)
{
	return json_object_object_get(json_object_object_get(diff, "findings"), change);
}

static bool is_new(json_object *diff, json_object *f)
{
	json_object *appeared = findings_of(diff, "appeared");
	const char *fp = json_object_get_string(json_object_object_get(f, "fingerprint"));

	for (size_t i = 0; i < json_object_array_length(appeared); i++)
		if (!strcmp(fp, json_object_get_string(json_object_object_get(
				json_object_array_get_idx(appeared, i), "fingerprint"))))
			return true;
	return false;
}

/* The kernel test robot's layout: every finding of the files the patch
 * touches, the new ones marked ">> ". */
static void print_robot(json_object *diff, json_object *after, const struct argv_list *touched)
{
	json_object *all = json_object_object_get(after, "findings");

	for (size_t i = 0; i < json_object_array_length(all); i++) {
		json_object *f = json_object_array_get_idx(all, i);
		const char *file = json_object_get_string(json_object_object_get(f, "file"));
		bool mine = false;
		for (int t = 0; t < touched->n; t++)
			mine |= !strcmp(touched->v[t], file);
		if (mine)
			print_line(stdout, is_new(diff, f) ? ">> " : "   ", f, NULL);
	}
}

static void print_result(json_object *diff, json_object *after, const struct argv_list *touched)
{
	json_object *g = findings_of(diff, "appeared");

	if (cp_opts.format == PATCH_JSON) {
		json_write(stdout, diff);
		return;
	}
	if (cp_opts.format == PATCH_ROBOT) {
		print_robot(diff, after, touched);
		return;
	}
	for (size_t i = 0; i < json_object_array_length(g); i++)
		print_line(stdout, "", json_object_array_get_idx(g, i), NULL);
	g = findings_of(diff, "disappeared");
	for (size_t i = 0; cp_opts.format == PATCH_TEXT && i < json_object_array_length(g); i++)
		print_line(stdout, "", json_object_array_get_idx(g, i), "fixed");
}

/* The git top level (the working dir, as b4 and NIPA run checks). */
static char *git_top(void)
{
	char *argv[] = {"git", "rev-parse", "--show-toplevel", NULL};
	struct strbuf out = {0};

	if (run_program(NULL, argv, &out, false) || !out.len) {
		fprintf(stderr, "pagecheck: check-patch: not in a git tree (run it in the kernel "
			"tree's top level)\n");
		sb_release(&out);
		return NULL;
	}
	out.buf[strcspn(out.buf, "\n")] = '\0';
	return sb_detach(&out);
}

/* Both sides analyzed and compared; the exit status. */
static int compare(const struct patch_files *p, const struct kernel_build *b,
		   const struct catalog *cat, const struct knowledge *k)
{
	struct argv_list deps = {0};
	struct results before = {0}, after = {0};
	json_object *old_doc, *new_doc, *diff;
	int status;

	patch_dependents(p, k, b->srctree, (size_t)cp_opts.max_dependents, &deps);
	patch_analyze(p, false, &deps, b, cat, k, &before);
	patch_analyze(p, true, &deps, b, cat, k, &after);
	old_doc = results_json(&before);
	new_doc = results_json(&after);
	diff = audit_diff(old_doc, "before", new_doc, "after");
	print_result(diff, new_doc, &p->touched);
	status = audit_diff_appeared(diff) ? 1 : 0;
	json_object_put(diff);
	json_object_put(old_doc);
	json_object_put(new_doc);
	results_free(&before);
	results_free(&after);
	argv_free(&deps);
	return status;
}

static int load_knowledge(const struct kernel_build *b, struct knowledge *k)
{
	struct strbuf path = {0};
	char *err = NULL;
	int r = 0;

	sb_addf(&path, "%s/pagecheck-summaries.json", b->objtree);
	if (access(path.buf, R_OK))
		fprintf(stderr, "pagecheck: check-patch: %s: missing (no tree run yet): the files "
			"are judged without what the rest of the tree does\n", path.buf);
	else if ((r = knowledge_load(k, path.buf, &err))) {
		fprintf(stderr, "pagecheck: error: %s\n", err);
		free(err);
	}
	sb_release(&path);
	return r;
}

static int check_patch(const char *top, const struct catalog *cat)
{
	struct strbuf text = {0};
	struct patch_files p = {0};
	struct kernel_build b = {0};
	struct knowledge k = {0};
	int status = 2, r;

	if (patch_text(top, cp_opts.patch, cp_opts.since, &text))
		return 2;
	r = patch_files_prepare(&p, top, text.buf ? text.buf : "", cp_opts.since);
	if (r == 1)
		status = 0;	/* no C file: nothing to say */
	else if (!r && !kernel_build_setup(&b, top, cp_opts.objdir, cp_opts.arch, NULL)) {
		if (!load_knowledge(&b, &k))
			status = compare(&p, &b, cat, &k);
		kernel_build_free(&b);
	}
	knowledge_free(&k);
	patch_files_free(&p);
	sb_release(&text);
	return status;
}

int cmd_check_patch_main(int argc, char **argv,
			 char *(*load_rules)(const char *given, struct catalog *cat))
{
	struct catalog cat;
	char *rules, *top;
	int status;

	cp_opts.arch = "x86_64";
	cp_opts.max_dependents = 16;
	cp_opts.objdir = getenv("PAGECHECK_BUILD_DIR");
	/* "-" (stdin, as b4 passes the patch) is an operand, not an option */
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-")) {
			cp_opts.patch = "-";
			memmove(&argv[i], &argv[i + 1], sizeof(*argv) * (size_t)(argc - i));
			argc--;
			break;
		}
	if ((status = options_parse(&check_patch_command, argc, argv, NULL)))
		return status < 0 ? 0 : status;
	if (!cp_opts.patch && !cp_opts.since) {
		options_usage(stderr, &check_patch_command);
		return 2;
	}
	if (!cp_opts.objdir) {
		fprintf(stderr, "pagecheck: check-patch: which build dir? -O DIR or "
			"$PAGECHECK_BUILD_DIR (the tree run's)\n");
		return 2;
	}
	if (!(top = git_top()))
		return 2;
	if (!(rules = load_rules(cp_opts.rules, &cat))) {
		free(top);
		return 2;
	}
	status = check_patch(top, &cat);
	catalog_free(&cat);
	free(rules);
	free(top);
	return status;
}
