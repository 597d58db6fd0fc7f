/* The rules section of rules.yaml: what each rule of checkers/ says in
 * words (title, description) and the fixes of patch mode. The ids are the
 * registry's: checkers_check_catalog() says when one is not. */
#include "rules_internal.h"

#include <stdlib.h>
#include <string.h>

/* of and when are optional: the guard applied to of(page) (page_folio),
 * in the semantic patch's virtual rule when instead of the fixes of the
 * same get without one (-D folio_guard: a tree that declares only
 * arch_make_folio_accessible()) */
static const char *const fix_keys[] = {"get", "unlock", "guard", "put", "error", "of", "when"};

static char **fix_slot(struct rule_fix *f, const char *key)
{
	char **slots[] = {&f->get, &f->unlock, &f->guard, &f->put, &f->error, &f->of, &f->when};

	for (size_t i = 0; i < sizeof(fix_keys) / sizeof(fix_keys[0]); i++)
		if (!strcmp(key, fix_keys[i]))
			return slots[i];
	return NULL;
}

static void fix_free(struct rule_fix *f)
{
	free(f->get);
	free(f->unlock);
	free(f->guard);
	free(f->put);
	free(f->error);
	free(f->of);
	free(f->when);
}

static int parse_fix(struct loader *l, yaml_node_t *map, struct rule_text *r)
{
	struct rule_fix f = {0};

	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "a fixes entry must be a mapping");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		const char *key = scalar(l, k, "key"), *s;
		char **slot = key ? fix_slot(&f, key) : NULL;

		if (key && !slot)
			fail(l, k, "unknown key '%s' in a fixes entry (expected get, unlock, "
			     "guard, put, error, of, when)", key);
		if (!slot || !(s = scalar(l, yaml_document_get_node(&l->doc, p->value), key))) {
			fix_free(&f);
			return -1;
		}
		free(*slot);
		*slot = xstrdup(s);
	}
	if (!f.get || !f.unlock || !f.guard || !f.put || !f.error) {
		fix_free(&f);
		return fail(l, map, "a fixes entry needs get, unlock, guard, put and error");
	}
	GROW(r->fixes, r->nfixes, r->cfixes);
	r->fixes[r->nfixes++] = f;
	return 0;
}

/* no_fix_inside: {lock: unlock, ...}, the sections a fix must not return from */
static int parse_lock_pairs(struct loader *l, yaml_node_t *map, struct rule_text *r)
{
	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "no_fix_inside must be a mapping of lock: unlock");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		const char *lock = scalar(l, yaml_document_get_node(&l->doc, p->key), "lock");
		const char *unlock = lock ? scalar(l, yaml_document_get_node(&l->doc, p->value),
						   "unlock") : NULL;
		if (!unlock)
			return -1;
		name_list_add(&r->no_fix_locks, lock);
		name_list_add(&r->no_fix_unlocks, unlock);
	}
	return 0;
}

static int parse_rule_key(struct loader *l, yaml_node_t *k, yaml_node_t *v, struct rule_text *r)
{
	const char *key = scalar(l, k, "key"), *s;

	if (!key)
		return -1;
	if (!strcmp(key, "title")) {
		if (!(s = scalar(l, v, "title")))
			return -1;
		free(r->title);
		r->title = xstrdup(s);
		return 0;
	}
	if (!strcmp(key, "doc"))
		return parse_name_list(l, v, &r->doc, "doc");
	if (!strcmp(key, "no_fix_inside"))
		return parse_lock_pairs(l, v, r);
	if (strcmp(key, "fixes"))
		return fail(l, k, "unknown key '%s' for rule %s (expected title, doc, fixes, "
			    "no_fix_inside)", key, r->id);
	if (v->type != YAML_SEQUENCE_NODE)
		return fail(l, v, "fixes must be a list");
	for (yaml_node_item_t *it = v->data.sequence.items.start;
	     it < v->data.sequence.items.top; it++)
		if (parse_fix(l, yaml_document_get_node(&l->doc, *it), r))
			return -1;
	return 0;
}

static int parse_rule(struct loader *l, yaml_node_t *k, yaml_node_t *map)
{
	struct catalog *cat = l->cat;
	const char *id = scalar(l, k, "rule id");
	struct rule_text *r;

	if (!id)
		return -1;
	if (catalog_rule_text(cat, id))
		return fail(l, k, "rule '%s' is described twice", id);
	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "rule '%s' must be a mapping of title, doc, fixes", id);
	GROW(cat->rule_texts, cat->nrule_texts, cat->crule_texts);
	r = &cat->rule_texts[cat->nrule_texts++];
	memset(r, 0, sizeof(*r));
	r->id = xstrdup(id);
	r->line = (int)k->start_mark.line + 1;
	r->col = (int)k->start_mark.column + 1;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++)
		if (parse_rule_key(l, yaml_document_get_node(&l->doc, p->key),
				   yaml_document_get_node(&l->doc, p->value), r))
			return -1;
	if (!r->title)
		return fail(l, map, "rule '%s' needs a title", id);
	return 0;
}

int parse_rule_texts(struct loader *l, yaml_node_t *node)
{
	if (node->type != YAML_MAPPING_NODE)
		return fail(l, node, "rules must be a mapping of rule ids");
	for (yaml_node_pair_t *p = node->data.mapping.pairs.start;
	     p < node->data.mapping.pairs.top; p++)
		if (parse_rule(l, yaml_document_get_node(&l->doc, p->key),
			       yaml_document_get_node(&l->doc, p->value)))
			return -1;
	return 0;
}

void rule_texts_free(struct catalog *cat)
{
	for (size_t i = 0; i < cat->nrule_texts; i++) {
		struct rule_text *r = &cat->rule_texts[i];
		free(r->id);
		free(r->title);
		name_list_free(&r->doc);
		name_list_free(&r->no_fix_locks);
		name_list_free(&r->no_fix_unlocks);
		for (size_t k = 0; k < r->nfixes; k++)
			fix_free(&r->fixes[k]);
		free(r->fixes);
	}
	free(cat->rule_texts);
}

const struct rule_text *catalog_rule_text(const struct catalog *cat, const char *id)
{
	for (size_t i = 0; i < cat->nrule_texts; i++)
		if (!strcmp(cat->rule_texts[i].id, id))
			return &cat->rule_texts[i];
	return NULL;
}

const char *catalog_guard_name(const struct catalog *cat, bool folio)
{
	const char *any = NULL;

	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		if (a->cls != API_GUARD || a->summary)
			continue;
		if (a->folio == folio)
			return a->name;
		if (!any)
			any = a->name;
	}
	return any ? any : "a guard";
}
