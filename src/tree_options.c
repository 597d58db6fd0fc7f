/* The table of `pagecheck tree`'s options, for options.c to parse. */
#include "tree_options.h"
#include "options.h"

#include <stdio.h>
#include <unistd.h>

static struct tree_options opts;

static const struct option tree_option_table[] = {
	{0, "arch", "ARCH", "x86_64 (default) or s390", OPTION_STRING, &opts.arch, NULL},
	{0, "kconfig", "CONFIG", "defconfig, allmodconfig, other *config target, or a file "
	 "(default: the build dir's .config, else allmodconfig)", OPTION_STRING, &opts.kconfig,
	 NULL},
	{'O', NULL, "DIR", "build dir (default: build/kernel/<tree>-<arch>)", OPTION_STRING,
	 &opts.objdir, NULL},
	{'j', NULL, "N", "parallel workers (default: every core)", OPTION_COUNT, &opts.jobs, NULL},
	{0, "timeout", "SECONDS", "per-file limit (default: 300)", OPTION_COUNT, &opts.timeout,
	 NULL},
	{0, "reports", "DIR", "where the reports go (default: reports/<tree>-<arch>)",
	 OPTION_STRING, &opts.reports, NULL},
	{0, "rules", "FILE", "rule catalog", OPTION_STRING, &opts.rules, NULL},
	{0, "baseline", "FILE", "a findings.json: report only the findings it does not have "
	 "(matched by fingerprint)", OPTION_STRING, &opts.baseline, NULL},
	{0, "engine", "ENGINE", "clang, cocci or all (default: all where spatch is installed)",
	 OPTION_STRING, &opts.engine, NULL},
	{0, "no-cache", NULL, "re-parse every file (results are still stored)", OPTION_FLAG,
	 &opts.no_cache, NULL},
	{0, "time-clang", NULL, "also time bare clang -fsyntax-only on the parsed files",
	 OPTION_FLAG, &opts.time_clang, NULL},
	{0, "clang", "PROGRAM", "the clang of --time-clang (default: clang-14)", OPTION_STRING,
	 &opts.clang, NULL},
	{0, "prepare-only", NULL, "configure and prepare the build dir, then stop", OPTION_FLAG,
	 &opts.prepare_only, NULL},
	{0, "progress", NULL, "always draw the progress line", OPTION_ON, &opts.progress, NULL},
	{0, "no-progress", NULL, "never draw it (default: on a terminal outside CI)", OPTION_OFF,
	 &opts.progress, NULL},
	{0, "status-every", "SECONDS", "without the progress line, a status line this often "
	 "(default: 10; 0: never)", OPTION_COUNT, &opts.status_every, NULL},
	{0, "strict", NULL, "exit 2 when a file kbuild builds could not be analyzed", OPTION_FLAG,
	 &opts.strict, NULL},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static int tree_operand(void *ctx, int argc, char **argv)
{
	struct tree_options *o = ctx;

	(void)argc;
	if (o->kdir) {
		fprintf(stderr, "pagecheck: tree: one kernel tree at a time\n");
		return 0;
	}
	o->kdir = argv[0];
	return 1;
}

static const struct command_line tree_command = {
	.name = "tree",
	.synopsis =
	"usage: pagecheck tree [options] <kernel source tree>\n\n"
	"Audits every .c file of the tree that calls a sink or a guard of the\n"
	"catalog, or takes a new reference on a page. Exit status: 0 no findings, 1 findings, 2 the audit could not\n"
	"run (bad options or rules, no kernel tree, kbuild failed, reports not\n"
	"written). Files not built or not analyzed are listed; they fail the run\n"
	"only with --strict.\n",
	.options = tree_option_table,
	.operand = tree_operand,
	.ctx = &opts,
	.glued_short = true,
};

int tree_options_parse(int argc, char **argv, struct tree_options *o)
{
	int r;

	opts = (struct tree_options){.arch = "x86_64", .timeout = 300, .progress = -1,
				     .status_every = 10, .clang = "clang-14"};
	if ((r = options_parse(&tree_command, argc, argv, NULL)))
		return r;
	if (!opts.kdir) {
		options_usage(stderr, &tree_command);
		return 2;
	}
	if (!opts.jobs)
		opts.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
	*o = opts;
	return 0;
}
