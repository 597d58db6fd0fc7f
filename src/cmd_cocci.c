/* pagecheck cocci <rule>: the semantic patch of a rule, generated from the
 * catalog (cocci_gen.c); the rules are the checkers' registry's. */
#include "cmd_cocci.h"
#include "cocci_gen.h"
#include "options.h"

#include <stdio.h>
#include <stdlib.h>

static struct {
	const char *rules, *id;
} cocci_opts;

/* The registry's rules that have a rendition in SmPL (cocci_gen.c): a
 * rule may have none, and make cocci writes only these. */
static void describe_cocci(FILE *f)
{
	fputs("rule ids:", f);
	for (size_t i = 0; cocci_rule_id(i); i++)
		fprintf(f, " %s", cocci_rule_id(i));
	fputc('\n', f);
}

static int list_renditions(const struct option *opt, const char *val)
{
	(void)opt;
	(void)val;
	for (size_t i = 0; cocci_rule_id(i); i++)
		printf("%s\n", cocci_rule_id(i));
	return -1;
}

static int cocci_operand(void *ctx, int argc, char **argv);

static const struct option cocci_options[] = {
	{0, "rules", "FILE", "rule catalog (default: the rules.yaml shipped with pagecheck)",
	 OPTION_STRING, &cocci_opts.rules, NULL},
	{0, "list", NULL, "print the rule ids that have a semantic patch, one a line",
	 OPTION_CALLBACK, NULL, list_renditions},
	{'h', "help", NULL, "this help", OPTION_HELP, NULL, NULL},
	{0},
};

static const struct command_line cocci_command = {
	.name = "cocci",
	.synopsis = "usage: pagecheck cocci [--rules=FILE] <rule id>\n",
	.describe = describe_cocci,
	.options = cocci_options,
	.operand = cocci_operand,
	.ctx = &cocci_opts,
};

/* The short usage: what is missing is the rule id. */
static void cocci_usage(void)
{
	fputs(cocci_command.synopsis, stderr);
	describe_cocci(stderr);
}

static int cocci_operand(void *ctx, int argc, char **argv)
{
	(void)ctx;
	(void)argc;
	if (cocci_opts.id) {
		cocci_usage();	/* one rule at a time */
		return 0;
	}
	cocci_opts.id = argv[0];
	return 1;
}

int cmd_cocci_main(int argc, char **argv,
		   char *(*load_rules)(const char *given, struct catalog *cat))
{
	struct catalog cat;
	char *path, *text;
	int status = options_parse(&cocci_command, argc, argv, NULL);

	if (status)
		return status < 0 ? 0 : status;
	if (!cocci_opts.id) {
		cocci_usage();
		return 2;
	}
	if (!(path = load_rules(cocci_opts.rules, &cat)))
		return 2;
	free(path);
	text = cocci_generate(&cat, cocci_opts.id);
	if (text)
		fputs(text, stdout);
	else
		fprintf(stderr, "pagecheck: cocci: no semantic patch for rule '%s'\n", cocci_opts.id);
	free(text);
	catalog_free(&cat);
	return text ? 0 : 2;
}
