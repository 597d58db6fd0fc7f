/* The words of origins: parsed from rules.yaml lists, described in
 * messages and read back from reports. */
#include "rules_internal.h"

#include <stdio.h>
#include <string.h>

static const char *const origin_names[] = {
	"user", "pagecache", "kernel", "pinned", "unknown", "not-secure",
};

int parse_origin(struct loader *l, yaml_node_t *node, unsigned *out)
{
	*out = 0;
	if (!node || node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "origin must be a list, e.g. [user, pagecache]");
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		int bit = lookup_word(l, yaml_document_get_node(&l->doc, *it),
				      "origin", origin_names, NORIGINS);
		if (bit < 0)
			return -1;
		*out |= 1u << bit;
	}
	if (!*out)
		return fail(l, node, "origin list is empty");
	return 0;
}


unsigned origin_parse(const char *described)
{
	unsigned origin = 0;

	for (int i = 0; i < NORIGINS; i++) {
		size_t n = strlen(origin_names[i]);
		for (const char *p = strstr(described, origin_names[i]); p;
		     p = strstr(p + n, origin_names[i]))
			if ((p == described || p[-1] == ' ') && (!p[n] || p[n] == ' '))
				origin |= 1u << i;
	}
	return origin;
}

const char *origin_describe(unsigned origin, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < NORIGINS; i++)
		if (origin & (1u << i))
			len += (size_t)snprintf(buf + len, len < size ? size - len : 0,
						"%s%s", len ? " or " : "", origin_names[i]);
	return buf;
}
