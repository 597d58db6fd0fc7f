/* One parser for the tables of options.h. Spellings: "--name value",
 * "--name=value", "-n value" and, where the command allows it, "-nvalue"
 * (not in single-file mode, where "-pthread" is a compiler flag). */
#include "options.h"

#include <stdlib.h>
#include <string.h>

/* What the option is called as the user wrote it, for messages. */
struct spelled {
	const struct option *opt;
	const char *value;	/* glued to it ("=value" or "-jvalue"), or NULL */
	char name[64];
};

static bool takes_value(const struct option *o)
{
	return o->arg != NULL;
}

static bool match_long(const struct option *o, const char *a, struct spelled *s)
{
	const char *eq = strchr(a, '=');
	size_t n = eq ? (size_t)(eq - a) : strlen(a);

	if (!o->long_name || strlen(o->long_name) != n || strncmp(o->long_name, a, n))
		return false;
	if (eq && !takes_value(o))
		return false;
	s->value = eq ? eq + 1 : NULL;
	snprintf(s->name, sizeof(s->name), "--%s", o->long_name);
	return true;
}

static bool match_short(const struct option *o, const char *a, bool glued,
			struct spelled *s)
{
	if (!o->short_name || a[0] != o->short_name)
		return false;
	if (a[1] && (!glued || !takes_value(o)))
		return false;
	s->value = a[1] ? a + 1 : NULL;
	snprintf(s->name, sizeof(s->name), "-%c", o->short_name);
	return true;
}

static bool find_option(const struct command_line *cl, const char *a, struct spelled *s)
{
	if (a[0] != '-' || !a[1])
		return false;
	for (const struct option *o = cl->options; o->type != OPTION_END; o++) {
		bool hit = a[1] == '-' ? match_long(o, a + 2, s) :
			   match_short(o, a + 1, cl->glued_short, s);
		if (hit) {
			s->opt = o;
			return true;
		}
	}
	return false;
}

static int set_count(const struct spelled *s, const char *val)
{
	char *end;
	long n = strtol(val, &end, 10);

	if (*end || n < 0 || n > 100000) {
		fprintf(stderr, "pagecheck: %s: '%s' is not a count\n", s->name, val);
		return 2;
	}
	*(int *)s->opt->value = (int)n;
	return 0;
}

static int set_option(const struct command_line *cl, const struct spelled *s, const char *val)
{
	const struct option *o = s->opt;

	switch (o->type) {
	case OPTION_STRING:
		*(const char **)o->value = val;
		return 0;
	case OPTION_COUNT:
		return set_count(s, val);
	case OPTION_FLAG:
		*(bool *)o->value = true;
		return 0;
	case OPTION_ON:
	case OPTION_OFF:
		*(int *)o->value = o->type == OPTION_ON;
		return 0;
	case OPTION_CALLBACK:
		return o->set(o, val);
	case OPTION_HELP:
		options_usage(stdout, cl);
		return -1;
	case OPTION_END:
		break;
	}
	return 2;
}

static int unknown_option(const struct command_line *cl, const char *a)
{
	fprintf(stderr, "pagecheck: %s%sunknown option '%s'\n", cl->name ? cl->name : "",
		cl->name ? ": " : "", a);
	options_usage(stderr, cl);
	return 2;
}

/* The option at argv[*i] (and its value, if separate); 0, 2 or -1. */
static int take_option(const struct command_line *cl, int argc, char **argv, int *i,
		       struct spelled *s)
{
	const char *val = s->value;

	if (takes_value(s->opt) && !val) {
		if (*i + 1 >= argc) {
			fprintf(stderr, "pagecheck: %s needs a value\n", argv[*i]);
			return 2;
		}
		val = argv[++*i];
	}
	return set_option(cl, s, val);
}

int options_parse(const struct command_line *cl, int argc, char **argv, int *rest)
{
	int i, r;

	for (i = 1; i < argc; i++) {
		struct spelled s = {0};
		const char *a = argv[i];

		if (cl->dashdash_ends && !strcmp(a, "--")) {
			i++;
			break;
		}
		if (find_option(cl, a, &s)) {
			if ((r = take_option(cl, argc, argv, &i, &s)))
				return r;
			continue;
		}
		if (a[0] == '-' && !cl->unknown_are_operands)
			return unknown_option(cl, a);
		if (!(r = cl->operand(cl->ctx, argc - i, argv + i)))
			return 2;
		i += r - 1;
	}
	if (rest)
		*rest = i;
	return 0;
}

static void option_cell(const struct option *o, char *buf, size_t n)
{
	int k = 0;

	if (o->short_name)
		k = snprintf(buf, n, "-%c%s", o->short_name, o->long_name ? ", " : "");
	if (o->long_name)
		k += snprintf(buf + k, n - (size_t)k, "--%s", o->long_name);
	if (o->arg)
		snprintf(buf + k, n - (size_t)k, "%s%s", o->long_name ? "=" : " ", o->arg);
}

void options_usage(FILE *f, const struct command_line *cl)
{
	char cell[80];
	int width = 0;

	fputs(cl->synopsis, f);
	if (cl->describe)
		cl->describe(f);
	for (const struct option *o = cl->options; o->type != OPTION_END; o++) {
		option_cell(o, cell, sizeof(cell));
		if ((int)strlen(cell) > width)
			width = (int)strlen(cell);
	}
	fputs("\noptions:\n", f);
	for (const struct option *o = cl->options; o->type != OPTION_END; o++) {
		option_cell(o, cell, sizeof(cell));
		fprintf(f, "  %-*s  %s\n", width, cell, o->help);
	}
	if (cl->epilogue)
		fprintf(f, "\n%s", cl->epilogue);
}
