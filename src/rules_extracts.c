/* rules.yaml `unpinned_extracts`: an extraction that, inside one function,
 * hands back an iterator's pages as they are. iov_iter_extract_pages()
 * pins, and so guards, only user-backed iterators; on a bio_vec iterator it
 * returns the bio_vec's pages with no reference and no guard. Where the
 * kernel builds such an iterator by contract (MSG_SPLICE_PAGES), the
 * catalog says so for the function that extracts, and the call there is an
 * origin of the pages the iterator carries: those a wrap api of the catalog
 * put into the iterator (`from`, iov_iter_bvec() into iov_iter.bvec[]),
 * whose stores across the tree decide, or an origin the contract names. */
#include "rules_internal.h"

#include <stdlib.h>
#include <string.h>
/* from names the member a wrap api above fills (the apis come first). */
static int from_wrapped(struct loader *l, yaml_node_t *v, const char *member, char **out)
{
	for (size_t i = 0; i < l->cat->napis; i++) {
		const struct api *a = &l->cat->apis[i];
		size_t n;
		if (a->cls != API_WRAP)
			continue;
		/* the key a wrap's store has: "struct.field" */
		n = strlen(a->member_struct);
		if (!strncmp(member, a->member_struct, n) && member[n] == '.' &&
		    !strcmp(member + n + 1, a->member_field)) {
			free(*out);
			*out = xstrdup(member);
			return 0;
		}
	}
	return fail(l, v, "unpinned_extracts: no wrap api above fills '%s'", member);
}

static int entry_key(struct loader *l, yaml_node_t *k, yaml_node_t *v,
		     struct extract_override *e)
{
	const char *key = scalar(l, k, "key"), *s;

	if (!key)
		return -1;
	if (!strcmp(key, "origin"))
		return parse_origin(l, v, &e->as_there.origin);
	if (strcmp(key, "function") && strcmp(key, "api") && strcmp(key, "reason") &&
	    strcmp(key, "from"))
		return fail(l, k, "unknown key '%s' in unpinned_extracts entry (expected "
			    "function, api, origin or from, reason)", key);
	if (!(s = scalar(l, v, key)))
		return -1;
	if (!strcmp(key, "from"))
		return from_wrapped(l, v, s, &e->as_there.from_field);
	if (key[0] == 'f')
		e->function = xstrdup(s);
	else if (key[0] == 'a')
		e->api = xstrdup(s);
	else
		e->as_there.reason = xstrdup(s);
	return 0;
}

static int parse_extract(struct loader *l, yaml_node_t *map)
{
	struct extract_override e = {0};
	const struct api *base;

	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "an unpinned_extracts entry must be a mapping");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++)
		if (entry_key(l, yaml_document_get_node(&l->doc, p->key),
			      yaml_document_get_node(&l->doc, p->value), &e))
			goto err;
	if (!e.function || !e.api || !e.as_there.origin == !e.as_there.from_field ||
	    !e.as_there.reason) {
		fail(l, map, "an unpinned_extracts entry needs function, api, one of origin "
		     "and from, and reason");
		goto err;
	}
	base = catalog_find(l->cat, e.api);
	if (!base || !base->page_array) {
		fail(l, map, "unpinned_extracts: '%s' must be an api above that fills a page "
		     "array (pages:)", e.api);
		goto err;
	}
	/* the api as it behaves there: the pages as they are, no reference,
	 * no guard; names and fields stay the base entry's */
	unsigned origin = e.as_there.origin;
	char *reason = e.as_there.reason, *from = e.as_there.from_field;
	e.as_there = *base;
	e.as_there.cls = API_ORIGIN;
	/* the wrapped pages' origin is their stores', once the tree is judged */
	e.as_there.origin = from ? ORIGIN_UNKNOWN : origin;
	e.as_there.from_field = from;
	e.as_there.noref = true;
	e.as_there.implicit_guard = false;
	e.as_there.reason = reason;
	GROW(l->cat->extracts, l->cat->nextracts, l->cat->cextracts);
	l->cat->extracts[l->cat->nextracts++] = e;
	return 0;
err:
	free(e.function);
	free(e.api);
	free(e.as_there.reason);
	free(e.as_there.from_field);
	return -1;
}

int parse_unpinned_extracts(struct loader *l, yaml_node_t *node)
{
	if (node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "unpinned_extracts must be a list");
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++)
		if (parse_extract(l, yaml_document_get_node(&l->doc, *it)))
			return -1;
	return 0;
}

void unpinned_extracts_free(struct catalog *cat)
{
	for (size_t i = 0; i < cat->nextracts; i++) {
		free(cat->extracts[i].function);
		free(cat->extracts[i].api);
		free(cat->extracts[i].as_there.reason);
		free(cat->extracts[i].as_there.from_field);
	}
	free(cat->extracts);
}

const struct api *catalog_find(const struct catalog *cat, const char *name)
{
	size_t lo = 0, hi = cat->napis;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(cat->apis[mid].name, name);
		if (!c)
			return &cat->apis[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct api *catalog_find_in(const struct catalog *cat, const char *name,
				  const char *function)
{
	for (size_t i = 0; function && i < cat->nextracts; i++)
		if (!strcmp(cat->extracts[i].api, name) &&
		    !strcmp(cat->extracts[i].function, function))
			return &cat->extracts[i].as_there;
	return catalog_find(cat, name);
}
