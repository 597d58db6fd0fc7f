/* The one option parser of every command (git's parse-options idea): a
 * command describes its options in a table, and the parser, the error
 * messages and the usage text all come from that table, so an option
 * cannot be parsed one way and documented another. */
#ifndef PAGECHECK_OPTIONS_H
#define PAGECHECK_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

enum option_type {
	OPTION_END,		/* ends a table */
	OPTION_STRING,		/* value: const char * (points into argv) */
	OPTION_COUNT,		/* value: int, 0..100000 */
	OPTION_FLAG,		/* value: bool, set */
	OPTION_ON,		/* value: int, a tri-state (-1 until an option decides) */
	OPTION_OFF,
	OPTION_CALLBACK,	/* set() decides */
	OPTION_HELP,		/* prints the usage text, and the command ends with 0 */
};

struct option {
	char short_name;	/* 0: none */
	const char *long_name;	/* without "--"; NULL: none */
	const char *arg;	/* the value's name in the usage text; NULL: takes none */
	const char *help;
	enum option_type type;
	void *value;
	/* OPTION_CALLBACK: 0, 2 after an error message, or -1 to end the
	 * command with 0 (--version); arg is NULL for an option without value */
	int (*set)(const struct option *opt, const char *arg);
};

struct command_line {
	const char *name;	/* in messages: "pagecheck: tree: unknown option" */
	const char *synopsis;	/* the usage text's first lines */
	void (*describe)(FILE *f);	/* what follows them, or NULL */
	const struct option *options;
	const char *epilogue;	/* after the options, or NULL */
	/* An argument that is no option of the table (an operand, or with
	 * unknown_are_operands any unknown option): argv[0] is it, argc counts
	 * it and those after it. Returns how many it used, or 0 after an error
	 * message. */
	int (*operand)(void *ctx, int argc, char **argv);
	void *ctx;
	bool unknown_are_operands;	/* kbuild mixes compiler flags in */
	bool dashdash_ends;		/* "--" ends the options: *rest is after it */
	bool glued_short;		/* "-j4" as well as "-j 4" */
};

/* Parses argv[1..]: 0, 2 after an error message (bad options exit 2), or
 * -1 when an option said everything (--help: the command ends with 0).
 * rest (may be NULL) receives the index of the first argument after "--",
 * or argc. */
int options_parse(const struct command_line *cl, int argc, char **argv, int *rest);
void options_usage(FILE *f, const struct command_line *cl);

#endif
