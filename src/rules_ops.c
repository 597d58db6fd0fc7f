/* The page_ops section of rules.yaml: function-pointer fields pages travel
 * through. A plain name has no effect of its own (the token scan takes the
 * files that call or fill it); a mapping also says which argument reaches
 * device I/O by what the kernel stores in the field, for a program in
 * which no function stored there is analyzed:
 *   - proto_ops.sendpage
 *   - {field: proto_ops.sendpage, page: 1, sink: direct, reason: "..."} */
#include "rules_internal.h"

#include <stdlib.h>
#include <string.h>

static bool listed(const struct name_list *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->names[i], name))
			return true;
	return false;
}

static int read_ops_key(struct loader *l, const char *key, yaml_node_t *v, struct api *a)
{
	const char *s;

	if (!strcmp(key, "page"))
		return (a->page = parse_int(l, v, "page")) < 0 ? -1 : 0;
	if (strcmp(key, "field") && strcmp(key, "sink") && strcmp(key, "reason"))
		return fail(l, v, "unknown key '%s' in page_ops entry (expected field, page, "
			    "sink, reason)", key);
	if (!(s = scalar(l, v, key)))
		return -1;
	if (!strcmp(key, "sink")) {
		/* the callee's carrier is its own business: only the I/O it
		 * starts on the page is the caller's */
		if (strcmp(s, "direct"))
			return fail(l, v, "a page_ops field's sink is 'direct', got '%s'", s);
		a->sink = SINK_DIRECT;
		return 0;
	}
	if (!strcmp(key, "field")) {
		const char *dot = strchr(s, '.');
		if (!dot || dot == s || !dot[1])
			return fail(l, v, "field must be 'struct.field', got '%s'", s);
		free(a->name);
		a->name = xstrdup(s);
	} else {
		free(a->reason);
		a->reason = xstrdup(s);
	}
	return 0;
}

static int parse_ops_entry(struct loader *l, yaml_node_t *map)
{
	struct api a = {.cls = API_SINK, .page = PAGE_NONE, .carrier = -1, .ops_io = true};
	struct catalog *cat = l->cat;

	a.line = (int)map->start_mark.line + 1;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		const char *key = scalar(l, k, "key");
		if (!key || read_ops_key(l, key, yaml_document_get_node(&l->doc, p->value), &a))
			goto err;
	}
	if (!a.name || a.page < 0 || a.sink != SINK_DIRECT || !a.reason) {
		fail(l, map, "a page_ops entry with an effect needs field, page, 'sink: direct' "
		     "and a reason");
		goto err;
	}
	if (listed(&cat->page_ops, a.name)) {
		fail(l, map, "page_ops: '%s' is listed twice", a.name);
		goto err;
	}
	GROW(cat->page_ops.names, cat->page_ops.n, cat->page_ops.cap);
	cat->page_ops.names[cat->page_ops.n++] = xstrdup(a.name);
	GROW(cat->ops_io, cat->nops_io, cat->cops_io);
	cat->ops_io[cat->nops_io++] = a;
	return 0;
err:
	free(a.name);
	free(a.reason);
	return -1;
}

int parse_page_ops(struct loader *l, yaml_node_t *node)
{
	if (!node || node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "page_ops must be a list");
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(&l->doc, *it);
		const char *s;
		if (item && item->type == YAML_MAPPING_NODE) {
			if (parse_ops_entry(l, item))
				return -1;
			continue;
		}
		if (!(s = scalar(l, item, "page_ops")))
			return -1;
		if (listed(&l->cat->page_ops, s))
			return fail(l, item, "page_ops: '%s' is listed twice", s);
		GROW(l->cat->page_ops.names, l->cat->page_ops.n, l->cat->page_ops.cap);
		l->cat->page_ops.names[l->cat->page_ops.n++] = xstrdup(s);
	}
	return 0;
}
