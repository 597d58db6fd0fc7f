/* The reader's primitives of the rules.yaml loader: values checked, and
 * the first problem recorded with its file:line:col. */
#include "rules_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fail(struct loader *l, yaml_node_t *node, const char *fmt, ...)
{
	va_list ap;

	if (l->err.len)
		return -1;	/* keep the first problem: later ones follow from it */
	sb_addf(&l->err, "%s:%zu:%zu: ", l->path,
		node ? node->start_mark.line + 1 : 1,
		node ? node->start_mark.column + 1 : 1);
	va_start(ap, fmt);
	sb_vaddf(&l->err, fmt, ap);
	va_end(ap);
	return -1;
}

const char *scalar(struct loader *l, yaml_node_t *node, const char *what)
{
	if (!node || node->type != YAML_SCALAR_NODE) {
		fail(l, node, "%s must be a plain value", what);
		return NULL;
	}
	return (const char *)node->data.scalar.value;
}

int lookup_word(struct loader *l, yaml_node_t *node, const char *what,
		const char *const *names, int n)
{
	const char *s = scalar(l, node, what);
	struct strbuf choices = {0};

	if (!s)
		return -1;
	for (int i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], s))
			return i;
	for (int i = 0; i < n; i++)
		if (names[i])
			sb_addf(&choices, "%s%s", choices.len ? ", " : "", names[i]);
	fail(l, node, "unknown %s '%s' (expected one of: %s)", what, s,
	     choices.buf);
	sb_release(&choices);
	return -1;
}

int parse_int(struct loader *l, yaml_node_t *node, const char *what)
{
	const char *s = scalar(l, node, what);
	char *end;
	long v;

	if (!s)
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 0 || v > 64)
		return fail(l, node, "%s must be an argument index (0..64), got '%s'",
			    what, s);
	return (int)v;
}

int parse_bool(struct loader *l, yaml_node_t *node, const char *what)
{
	const char *s = scalar(l, node, what);

	if (!s)
		return -1;
	if (!strcmp(s, "true"))
		return 1;
	if (!strcmp(s, "false"))
		return 0;
	return fail(l, node, "%s must be true or false, got '%s'", what, s);
}

int parse_name_list(struct loader *l, yaml_node_t *node,
			   struct name_list *list, const char *what)
{
	if (!node || node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "%s must be a list of names", what);
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		const char *s = scalar(l, yaml_document_get_node(&l->doc, *it), what);
		if (!s)
			return -1;
		name_list_add(list, s);
	}
	return 0;
}

void name_list_add(struct name_list *list, const char *name)
{
	GROW(list->names, list->n, list->cap);
	list->names[list->n++] = xstrdup(name);
}

void name_list_free(struct name_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->names[i]);
	free(list->names);
}
