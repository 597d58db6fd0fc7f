/* rules.yaml `cpu_carriers`: functions whose carrier no device reads (a
 * crypto request the CPU serves on s390, an AF_UNIX skb). */
#include "rules_internal.h"

#include <stdlib.h>
#include <string.h>

int parse_cpu_carrier(struct loader *l, yaml_node_t *map)
{
	struct cpu_carrier c = {NULL, NULL};

	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "a cpu_carriers entry must be a mapping");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&l->doc, p->value);
		const char *key = scalar(l, k, "key"), *s;
		char **slot;

		if (!key)
			goto err;
		if (strcmp(key, "function") && strcmp(key, "reason")) {
			fail(l, k, "unknown key '%s' in cpu_carriers entry", key);
			goto err;
		}
		if (!(s = scalar(l, v, key)))
			goto err;
		slot = key[0] == 'f' ? &c.function : &c.reason;
		free(*slot);
		*slot = xstrdup(s);
	}
	if (!c.function || !c.reason) {
		fail(l, map, "a cpu_carriers entry needs function and reason");
		goto err;
	}
	GROW(l->cat->cpu_carriers, l->cat->ncpu_carriers, l->cat->ccpu_carriers);
	l->cat->cpu_carriers[l->cat->ncpu_carriers++] = c;
	return 0;
err:
	free(c.function);
	free(c.reason);
	return -1;
}
