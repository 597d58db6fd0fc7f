/* pagecheck diff OLD.json NEW.json: what changed between two audits (two
 * trees, two runs of one tree), matched without line numbers
 * (audit_diff.c). Exit status: 0 no finding appeared, 1 some did, 2 a
 * document could not be read. */
#include "cmd_diff.h"
#include "audit_diff.h"
#include "options.h"
#include "report.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

static struct {
	const char *paths[2];
	int npaths;
	bool json;
} diff_opts;

static int set_diff_format(const struct option *opt, const char *val)
{
	(void)opt;
	if (strcmp(val, "json") && strcmp(val, "text")) {
		fprintf(stderr, "pagecheck: diff: unknown format '%s' (text, json)\n", val);
		return 2;
	}
	diff_opts.json = !strcmp(val, "json");
	return 0;
}

static const struct option diff_options[] = {
	{0, "format", "text|json", "text: a line per change and the counts (default); json: "
	 "the diff document", OPTION_CALLBACK, NULL, set_diff_format},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static int diff_operand(void *ctx, int argc, char **argv)
{
	(void)ctx;
	(void)argc;
	if (diff_opts.npaths == 2) {
		fprintf(stderr, "pagecheck: diff: two documents, OLD.json and NEW.json\n");
		return 0;
	}
	diff_opts.paths[diff_opts.npaths++] = argv[0];
	return 1;
}

static const struct command_line diff_command = {
	.name = "diff",
	.synopsis = "usage: pagecheck diff [--format=text|json] OLD.json NEW.json\n\n"
	"Findings matched by fingerprint and sites by file, function, api and\n"
	"expression (no line numbers): which appeared, disappeared or changed\n"
	"(confidence, verdict). Exit status: 0 no finding appeared, 1 some did,\n"
	"2 bad input.\n",
	.options = diff_options,
	.operand = diff_operand,
	.ctx = &diff_opts,
};

int cmd_diff_main(int argc, char **argv)
{
	json_object *old_doc, *new_doc, *diff;
	int status = options_parse(&diff_command, argc, argv, NULL);

	if (status)
		return status < 0 ? 0 : status;
	if (diff_opts.npaths != 2) {
		options_usage(stderr, &diff_command);
		return 2;
	}
	if (!(old_doc = findings_doc_load(diff_opts.paths[0], "diff: ", true)))
		return 2;
	if (!(new_doc = findings_doc_load(diff_opts.paths[1], "diff: ", true))) {
		json_object_put(old_doc);
		return 2;
	}
	diff = audit_diff(old_doc, diff_opts.paths[0], new_doc, diff_opts.paths[1]);
	if (diff_opts.json)
		json_write(stdout, diff);
	else
		audit_diff_text(stdout, diff);
	status = audit_diff_appeared(diff) ? 1 : 0;
	json_object_put(diff);
	json_object_put(old_doc);
	json_object_put(new_doc);
	return status;
}
