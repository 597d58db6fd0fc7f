/* rules.yaml entries that name a thing and say why: `cpu_carriers`
 * (functions whose carrier no device reads: a crypto request the CPU
 * serves on s390, an AF_UNIX skb) and `private_mappings` (fields an
 * address_space user space never maps is read from). */
#include "rules_internal.h"

#include <stdlib.h>
#include <string.h>

/* {<name_key>: ..., reason: ...} of section into *name and *reason. */
static int parse_named_reason(struct loader *l, yaml_node_t *map, const char *section,
			      const char *name_key, char **name, char **reason)
{
	*name = *reason = NULL;
	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "a %s entry must be a mapping", section);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&l->doc, p->value);
		const char *key = scalar(l, k, "key"), *s;
		char **slot;

		if (!key)
			goto err;
		if (strcmp(key, name_key) && strcmp(key, "reason")) {
			fail(l, k, "unknown key '%s' in %s entry", key, section);
			goto err;
		}
		if (!(s = scalar(l, v, key)))
			goto err;
		slot = strcmp(key, "reason") ? name : reason;
		free(*slot);
		*slot = xstrdup(s);
	}
	if (!*name || !*reason) {
		fail(l, map, "a %s entry needs %s and reason", section, name_key);
		goto err;
	}
	return 0;
err:
	free(*name);
	free(*reason);
	*name = *reason = NULL;
	return -1;
}

int parse_cpu_carrier(struct loader *l, yaml_node_t *map)
{
	struct cpu_carrier c;

	if (parse_named_reason(l, map, "cpu_carriers", "function", &c.function, &c.reason))
		return -1;
	GROW(l->cat->cpu_carriers, l->cat->ncpu_carriers, l->cat->ccpu_carriers);
	l->cat->cpu_carriers[l->cat->ncpu_carriers++] = c;
	return 0;
}

int parse_private_mapping(struct loader *l, yaml_node_t *map)
{
	struct private_mapping m;
	const char *dot;

	if (parse_named_reason(l, map, "private_mappings", "field", &m.field, &m.reason))
		return -1;
	dot = strchr(m.field, '.');
	if (!dot || dot == m.field || !dot[1]) {
		fail(l, map, "private_mappings field must be 'struct.field', got '%s'", m.field);
		free(m.field);
		free(m.reason);
		return -1;
	}
	GROW(l->cat->private_mappings, l->cat->nprivate_mappings, l->cat->cprivate_mappings);
	l->cat->private_mappings[l->cat->nprivate_mappings++] = m;
	return 0;
}
