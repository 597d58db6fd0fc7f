/* pagecheck audit REPORTS_DIR: the reports people read, made from a tree
 * run's findings.json and written beside it, each replaced whole or not at
 * all: index.html, report.md, findings.sarif. Exit 0 (no findings), 1
 * (findings), 2 (could not). */
#include "cmd_audit.h"
#include "audit.h"
#include "options.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static struct {
	const char *rules, *diff, *source, *reports;
} audit_opts;

static int audit_operand(void *ctx, int argc, char **argv);

static const struct option audit_options[] = {
	{0, "diff", "DIFF.json", "add a section of what changed (the document `pagecheck diff` "
	 "writes)", OPTION_STRING, &audit_opts.diff, NULL},
	{0, "source", "DIR", "the kernel tree the listings are read from (default: the run's, "
	 "findings.json's tree.srctree)", OPTION_STRING, &audit_opts.source, NULL},
	{0, "rules", "FILE", "rule catalog (default: the rules.yaml shipped with pagecheck)",
	 OPTION_STRING, &audit_opts.rules, NULL},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static const struct command_line audit_command = {
	.name = "audit",
	.synopsis = "usage: pagecheck audit [options] REPORTS_DIR\n"
		    "writes REPORTS_DIR/index.html, report.md and findings.sarif from "
		    "REPORTS_DIR/findings.json\n",
	.options = audit_options,
	.operand = audit_operand,
	.ctx = &audit_opts,
};

static int audit_operand(void *ctx, int argc, char **argv)
{
	(void)ctx;
	(void)argc;
	if (audit_opts.reports) {
		fprintf(stderr, "pagecheck: audit: one reports dir at a time ('%s' and '%s')\n",
			audit_opts.reports, argv[0]);
		return 0;
	}
	audit_opts.reports = argv[0];
	return 1;
}

static int write_one(struct audit *a, const char *name,
		     int (*writer)(FILE *out, struct audit *a))
{
	struct strbuf path = {0}, tmp = {0};
	FILE *f;
	int r = -1;

	sb_addf(&path, "%s/%s", audit_opts.reports, name);
	if ((f = replace_open(path.buf, &tmp))) {
		int w = writer(f, a);
		r = replace_commit(f, &tmp, path.buf);
		if (w)
			r = -1;
	}
	if (r)
		fprintf(stderr, "pagecheck: audit: %s: cannot write: %s\n", path.buf,
			strerror(errno ? errno : EIO));
	else
		printf("audit: %s\n", path.buf);
	sb_release(&path);
	return r;
}

/* The SARIF writer reads the audit only */
static int write_sarif(FILE *out, struct audit *a)
{
	return audit_write_sarif(out, a);
}

int cmd_audit_main(int argc, char **argv,
		   char *(*load_rules)(const char *given, struct catalog *cat))
{
	struct catalog cat;
	struct audit a;
	char *rules;
	int status = options_parse(&audit_command, argc, argv, NULL);

	if (status)
		return status < 0 ? 0 : status;
	if (!audit_opts.reports) {
		options_usage(stderr, &audit_command);
		return 2;
	}
	if (!(rules = load_rules(audit_opts.rules, &cat)))
		return 2;
	free(rules);
	status = 2;
	if (!audit_load(&a, audit_opts.reports, audit_opts.diff, audit_opts.source)) {
		a.cat = &cat;
		if (!write_one(&a, "index.html", audit_write_html) &&
		    !write_one(&a, "report.md", audit_write_markdown) &&
		    !write_one(&a, "findings.sarif", write_sarif))
			status = json_object_array_length(a.findings) ? 1 : 0;
	}
	audit_free(&a);
	catalog_free(&cat);
	return status;
}
