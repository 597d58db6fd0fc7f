/* rules.yaml loader (libyaml document API). Every value is validated and
 * every problem is reported with its file:line:col: a silently ignored entry
 * would make the audit lie. */
#include "rules_internal.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static const char *const class_names[] = {
	[API_ORIGIN] = "origin", [API_ACQUIRE] = "acquire", [API_GUARD] = "guard",
	[API_SINK] = "sink", [API_RELEASE] = "release", [API_LOCK] = "lock",
	[API_UNLOCK] = "unlock", [API_CONVERT] = "convert",
	[API_NOT_SECURE] = "not_secure", [API_CPU_MAP] = "cpu_map",
	[API_CPU_ACCESS] = "cpu_access", [API_WRAP] = "wrap",
};
#define NCLASSES ((int)(sizeof(class_names) / sizeof(*class_names)))
static const char *const result_names[] = {
	[RESULT_NONE] = "none", [RESULT_BOOL] = "bool", [RESULT_ERRNO] = "errno",
	[RESULT_COUNT] = "count", [RESULT_POINTER] = "pointer",
	[RESULT_BYTES] = "bytes",
};
static const char *const sink_names[] = {
	[SINK_NONE] = "none", [SINK_ATTACH] = "attach", [SINK_SUBMIT] = "submit",
	[SINK_DIRECT] = "direct",
};
const char *api_class_name(enum api_class cls)
{
	return class_names[cls];
}

const char *api_result_name(enum result_kind r)
{
	return result_names[r];
}

const char *api_sink_name(enum sink_kind k)
{
	return sink_names[k];
}

static int index_of(const char *const *names, int n, const char *s)
{
	for (int i = 0; s && i < n; i++)
		if (names[i] && !strcmp(names[i], s))
			return i;
	return -1;
}

int api_class_parse(const char *s)
{
	return index_of(class_names, NCLASSES, s);
}

int api_result_parse(const char *s)
{
	return index_of(result_names, (int)(sizeof(result_names) / sizeof(*result_names)), s);
}

int api_sink_parse(const char *s)
{
	return index_of(sink_names, (int)(sizeof(sink_names) / sizeof(*sink_names)), s);
}


static int parse_page(struct loader *l, yaml_node_t *node)
{
	const char *s = scalar(l, node, "page");

	if (!s)
		return PAGE_NONE - 1;
	if (!strcmp(s, "return"))
		return PAGE_RETURN;
	int v = parse_int(l, node, "page");
	return v < 0 ? PAGE_NONE - 1 : v;
}

/* access: [0, 1]: the argument indexes, as bits (a call has few). */
static int parse_access(struct loader *l, yaml_node_t *node, unsigned *out)
{
	*out = 0;
	if (!node || node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "access must be a list of argument indexes, e.g. [0, 1]");
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(&l->doc, *it);
		int i = parse_int(l, item, "access");
		if (i < 0)
			return -1;
		if (i >= 32)
			return fail(l, item, "access: argument %d is out of range (at most 31)", i);
		*out |= 1u << i;
	}
	return *out ? 0 : fail(l, node, "access list is empty");
}

/* Which keys each class may use; anything else is a typo worth an error. */
static bool key_allowed(enum api_class cls, const char *key)
{
	if (!strcmp(key, "name") || !strcmp(key, "class") || !strcmp(key, "page") ||
	    !strcmp(key, "pages") || !strcmp(key, "result") || !strcmp(key, "member") ||
	    !strcmp(key, "value"))
		return true;
	if (!strcmp(key, "origin"))
		return cls == API_ORIGIN || cls == API_ACQUIRE;
	if (!strcmp(key, "noref"))
		return cls == API_ORIGIN;
	if (!strcmp(key, "mapping"))
		return cls == API_ORIGIN || cls == API_ACQUIRE;
	if (!strcmp(key, "guard"))
		return cls == API_ACQUIRE;
	if (!strcmp(key, "carrier"))
		return cls == API_SINK || cls == API_WRAP;
	if (!strcmp(key, "sink"))
		return cls == API_SINK;
	if (!strcmp(key, "proves") || !strcmp(key, "reason"))
		return cls == API_NOT_SECURE;
	if (!strcmp(key, "access"))
		return cls == API_CPU_ACCESS;
	return false;
}

/* One key of an api entry (already allowed for its class). */
static int read_api_key(struct loader *l, const char *key, yaml_node_t *v, struct api *ap,
			int *proves)
{
	int n;

	if (!strcmp(key, "name")) {
		const char *s = scalar(l, v, "name");
		if (!s)
			return -1;
		free(ap->name);
		ap->name = xstrdup(s);
	} else if (!strcmp(key, "page")) {
		if ((ap->page = parse_page(l, v)) < PAGE_NONE)
			return -1;
	} else if (!strcmp(key, "pages")) {
		if ((ap->page = parse_int(l, v, "pages")) < 0)
			return -1;
		ap->page_array = true;
	} else if (!strcmp(key, "result")) {
		if ((n = lookup_word(l, v, "result", result_names, 6)) < 0)
			return -1;
		ap->result = (enum result_kind)n;
	} else if (!strcmp(key, "origin")) {
		if (parse_origin(l, v, &ap->origin))
			return -1;
	} else if (!strcmp(key, "noref")) {
		if ((n = parse_bool(l, v, "noref")) < 0)
			return -1;
		ap->noref = n;
	} else if (!strcmp(key, "guard")) {
		const char *s = scalar(l, v, "guard");
		if (!s)
			return -1;
		if (strcmp(s, "implicit"))
			return fail(l, v, "guard must be 'implicit', got '%s'", s);
		ap->implicit_guard = true;
	} else if (!strcmp(key, "sink")) {
		if ((n = lookup_word(l, v, "sink", sink_names, 4)) < 0)
			return -1;
		ap->sink = (enum sink_kind)n;
	} else if (!strcmp(key, "carrier")) {
		if ((ap->carrier = parse_int(l, v, "carrier")) < 0)
			return -1;
	} else if (!strcmp(key, "member")) {
		const char *s = scalar(l, v, "member");
		const char *dot = s ? strchr(s, '.') : NULL;
		if (!s)
			return -1;
		if (!dot || dot == s || !dot[1])
			return fail(l, v, "member must be 'struct.field', got '%s'", s);
		free(ap->member_struct);
		free(ap->member_field);
		ap->member_struct = strndup(s, (size_t)(dot - s));
		ap->member_field = xstrdup(dot + 1);
	} else if (!strcmp(key, "proves")) {
		if ((*proves = parse_bool(l, v, "proves")) < 0)
			return -1;
		ap->proves_on_true = *proves;
	} else if (!strcmp(key, "value")) {
		const char *s = scalar(l, v, "value");
		if (!s)
			return -1;
		if (strcmp(s, "page") && strcmp(s, "folio"))
			return fail(l, v, "value must be page or folio, got '%s'", s);
		ap->folio = !strcmp(s, "folio");
	} else if (!strcmp(key, "reason")) {
		const char *s = scalar(l, v, "reason");
		if (!s)
			return -1;
		free(ap->reason);
		ap->reason = xstrdup(s);
	} else if (!strcmp(key, "access")) {
		return parse_access(l, v, &ap->access_args);
	} else if (!strcmp(key, "mapping")) {
		if ((ap->mapping_arg = parse_int(l, v, "mapping")) < 0)
			return -1;
		ap->has_mapping = true;
	}
	return 0;
}

static int read_api(struct loader *l, yaml_node_t *map, struct api *ap)
{
	yaml_node_t *class_node = NULL;
	int cls = -1, proves = -1;

	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "an api entry must be a mapping");
	ap->line = (int)map->start_mark.line + 1;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		const char *key = scalar(l, yaml_document_get_node(&l->doc, p->key), "key");
		if (!key)
			return -1;
		if (!strcmp(key, "class"))
			class_node = yaml_document_get_node(&l->doc, p->value);
	}
	if (!class_node)
		return fail(l, map, "api entry without a class");
	cls = lookup_word(l, class_node, "class", class_names, NCLASSES);
	if (cls < 0)
		return -1;
	ap->cls = (enum api_class)cls;

	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&l->doc, p->value);
		const char *key = scalar(l, k, "key");

		if (!key)
			return -1;
		if (!key_allowed(ap->cls, key))
			return fail(l, k, "unknown key '%s' for class %s", key,
				    class_names[ap->cls]);
		if (read_api_key(l, key, v, ap, &proves))
			return -1;
	}
	if (!ap->name)
		return fail(l, map, "api entry without a name");
	if (ap->cls == API_SINK && ap->sink == SINK_NONE)
		return fail(l, map, "sink '%s' needs 'sink: attach|submit|direct'", ap->name);
	if (ap->cls == API_SINK && ap->sink != SINK_DIRECT && ap->carrier < 0)
		return fail(l, map, "sink '%s' needs a carrier argument", ap->name);
	if (ap->cls == API_SINK && ap->sink != SINK_SUBMIT && ap->page == PAGE_NONE)
		return fail(l, map, "sink '%s' needs a page argument", ap->name);
	if (ap->cls == API_CPU_ACCESS && !ap->access_args)
		return fail(l, map, "cpu_access '%s' needs 'access: [argument, ...]'", ap->name);
	if (ap->cls == API_WRAP && (ap->carrier < 0 || !ap->member_field))
		return fail(l, map, "wrap '%s' needs the carrier argument and the 'member' "
			    "its pages go into", ap->name);
	if (ap->cls != API_SINK && ap->cls != API_CPU_ACCESS && ap->cls != API_WRAP &&
	    ap->page == PAGE_NONE)
		return fail(l, map, "'%s' (%s) needs 'page' or 'pages'", ap->name,
			    class_names[ap->cls]);
	if (ap->cls == API_CPU_MAP && (ap->page < 0 || ap->page_array))
		return fail(l, map, "cpu_map '%s' needs the page argument it maps", ap->name);
	if (ap->cls == API_NOT_SECURE && (ap->result != RESULT_BOOL || proves < 0 || !ap->reason))
		return fail(l, map, "not_secure '%s' needs 'result: bool', 'proves: true|false' "
			    "and a 'reason'", ap->name);
	if (ap->cls == API_ORIGIN && !ap->origin)
		return fail(l, map, "origin '%s' needs an origin list", ap->name);
	if (catalog_find(l->cat, ap->name))
		return fail(l, map, "'%s' is defined twice", ap->name);

	return 0;
}

static void api_release(struct api *a)
{
	free(a->name);
	free(a->member_struct);
	free(a->member_field);
	free(a->reason);
}

static int parse_api(struct loader *l, yaml_node_t *map)
{
	struct api a = {.page = PAGE_NONE, .carrier = -1, .line = 0};
	struct catalog *cat = l->cat;
	size_t i;

	if (read_api(l, map, &a)) {
		api_release(&a);
		return -1;
	}
	GROW(cat->apis, cat->napis, cat->capis);
	i = cat->napis;
	while (i > 0 && strcmp(cat->apis[i - 1].name, a.name) > 0) {
		cat->apis[i] = cat->apis[i - 1];
		i--;
	}
	cat->apis[i] = a;
	cat->napis++;
	return 0;
}

static int parse_field(struct loader *l, yaml_node_t *map)
{
	struct field_origin f = {0};

	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "a fields entry must be a mapping");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&l->doc, p->value);
		const char *key = scalar(l, k, "key"), *s;

		if (!key)
			goto err;
		if (!strcmp(key, "struct") || !strcmp(key, "field")) {
			if (!(s = scalar(l, v, key)))
				goto err;
			char **slot = key[0] == 's' ? &f.strct : &f.field;
			free(*slot);
			*slot = xstrdup(s);
		} else if (!strcmp(key, "origin")) {
			if (parse_origin(l, v, &f.origin))
				goto err;
		} else {
			fail(l, k, "unknown key '%s' in fields entry", key);
			goto err;
		}
	}
	if (!f.strct || !f.field || !f.origin) {
		fail(l, map, "a fields entry needs struct, field and origin");
		goto err;
	}
	GROW(l->cat->fields, l->cat->nfields, l->cat->cfields);
	l->cat->fields[l->cat->nfields++] = f;
	return 0;
err:
	free(f.strct);
	free(f.field);
	return -1;
}

/* ---- page_types: which C types carry a page ---- */

static bool is_identifier(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

static bool page_struct_ok(const struct catalog *cat, const char *s)
{
	(void)cat;
	return is_identifier(s);
}

static bool same_object_ok(const struct catalog *cat, const char *s)
{
	const char *dot = strchr(s, '.');
	char *strct = dot ? strndup(s, (size_t)(dot - s)) : NULL;
	bool ok = strct && is_identifier(strct) && is_identifier(dot + 1) &&
		  name_list_has(&cat->page_structs, strct);

	free(strct);
	return ok;
}

/* A list of names, each checked by ok(); a bad one is named where it is. */
static int parse_checked_names(struct loader *l, yaml_node_t *node, struct name_list *list,
			       const char *what, bool (*ok)(const struct catalog *, const char *),
			       const char *expected)
{
	if (!node || node->type != YAML_SEQUENCE_NODE)
		return fail(l, node, "%s must be a list of names", what);
	for (yaml_node_item_t *it = node->data.sequence.items.start;
	     it < node->data.sequence.items.top; it++) {
		yaml_node_t *item = yaml_document_get_node(&l->doc, *it);
		const char *s = scalar(l, item, what);
		if (!s)
			return -1;
		if (!ok(l->cat, s))
			return fail(l, item, "%s: '%s' %s", what, s, expected);
		GROW(list->names, list->n, list->cap);
		list->names[list->n++] = xstrdup(s);
	}
	return 0;
}

static int parse_page_types(struct loader *l, yaml_node_t *map)
{
	yaml_node_t *structs = NULL, *same = NULL;

	if (l->cat->page_structs.n)
		return fail(l, map, "page_types is defined twice");
	if (map->type != YAML_MAPPING_NODE)
		return fail(l, map, "page_types must be a mapping (structs, same_object)");
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		const char *key = scalar(l, k, "key");

		if (!key)
			return -1;
		if (!strcmp(key, "structs"))
			structs = yaml_document_get_node(&l->doc, p->value);
		else if (!strcmp(key, "same_object"))
			same = yaml_document_get_node(&l->doc, p->value);
		else
			return fail(l, k, "unknown key '%s' in page_types (expected structs, "
				    "same_object)", key);
	}
	if (!structs)
		return fail(l, map, "page_types needs structs: the struct names of pages");
	if (parse_checked_names(l, structs, &l->cat->page_structs, "page_types structs",
				page_struct_ok, "is not a struct name (the tag after 'struct', "
				"e.g. page)"))
		return -1;
	if (!l->cat->page_structs.n)
		return fail(l, structs, "page_types structs is empty");
	if (!same)
		return 0;
	return parse_checked_names(l, same, &l->cat->page_same_object, "page_types same_object",
				   same_object_ok, "must be 'struct.field' of a struct listed in "
				   "structs");
}

static int parse_top(struct loader *l, yaml_node_t *root)
{
	if (!root)
		return fail(l, NULL, "empty rules file");
	if (root->type != YAML_MAPPING_NODE)
		return fail(l, root, "the rules file must be a mapping of sections");
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start;
	     p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&l->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&l->doc, p->value);
		const char *key = scalar(l, k, "section name");
		struct name_list *list = NULL;

		if (!key)
			return -1;
		if (!strcmp(key, "page_types")) {
			if (parse_page_types(l, v))
				return -1;
			continue;
		}
		if (!strcmp(key, "apis") || !strcmp(key, "fields") ||
		    !strcmp(key, "cpu_carriers") || !strcmp(key, "private_mappings")) {
			int (*entry)(struct loader *, yaml_node_t *) =
				key[0] == 'a' ? parse_api : key[0] == 'f' ? parse_field :
				key[0] == 'c' ? parse_cpu_carrier : parse_private_mapping;
			if (v->type != YAML_SEQUENCE_NODE)
				return fail(l, v, "%s must be a list", key);
			for (yaml_node_item_t *it = v->data.sequence.items.start;
			     it < v->data.sequence.items.top; it++)
				if (entry(l, yaml_document_get_node(&l->doc, *it)))
					return -1;
			continue;
		}
		if (!strcmp(key, "rules")) {
			if (parse_rule_texts(l, v))
				return -1;
			continue;
		}
		if (!strcmp(key, "unpinned_extracts")) {
			if (parse_unpinned_extracts(l, v))
				return -1;
			continue;
		}
		if (!strcmp(key, "page_ops")) {
			if (parse_page_ops(l, v))
				return -1;
			continue;
		}
		if (!strcmp(key, "cpu_access_reason")) {
			const char *s = scalar(l, v, key);
			if (!s)
				return -1;
			free(l->cat->cpu_access_reason);
			l->cat->cpu_access_reason = xstrdup(s);
			continue;
		}
		if (!strcmp(key, "noreturn"))
			list = &l->cat->noreturn;
		else if (!strcmp(key, "null_checks"))
			list = &l->cat->null_checks;
		else if (!strcmp(key, "transparent"))
			list = &l->cat->transparent;
		else if (!strcmp(key, "error_returns"))
			list = &l->cat->error_returns;
		else if (!strcmp(key, "shared_structs"))
			list = &l->cat->shared_structs;
		else if (!strcmp(key, "io_structs"))
			list = &l->cat->io_structs;
		else if (!strcmp(key, "secure_arches"))
			list = &l->cat->secure_arches;
		else if (!strcmp(key, "secure_arch_off"))
			list = &l->cat->secure_arch_off;
		else if (!strcmp(key, "cocci_keywords"))
			list = &l->cat->cocci_keywords;
		else
			return fail(l, k, "unknown section '%s' (expected apis, fields, "
				    "cpu_carriers, private_mappings, noreturn, null_checks, transparent, error_returns, "
				    "page_ops, shared_structs, io_structs, secure_arches, secure_arch_off, page_types, "
				    "cpu_access_reason, rules, cocci_keywords, unpinned_extracts)", key);
		if (parse_name_list(l, v, list, key))
			return -1;
	}
	if (!l->cat->napis)
		return fail(l, root, "no apis defined");
	if (!l->cat->page_structs.n)
		return fail(l, root, "no page_types defined (the structs whose values are pages)");
	for (size_t i = 0; i < l->cat->napis; i++)
		if (l->cat->apis[i].cls == API_CPU_ACCESS && !l->cat->cpu_access_reason)
			return fail(l, root, "cpu_access '%s' needs cpu_access_reason: why the CPU's "
				    "access makes a page accessible", l->cat->apis[i].name);
	return 0;
}

int catalog_parse(struct catalog *cat, const char *path, const char *text, size_t len,
		  char **err)
{
	struct loader l = {.path = path, .cat = cat};
	yaml_parser_t parser;
	int ret = -1;

	memset(cat, 0, sizeof(*cat));
	cat->path = xstrdup(path);
	if (memchr(text, '\0', len)) {
		sb_addf(&l.err, "%s: a binary file, not a YAML rule catalog", path);
		goto out;
	}
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &l.doc)) {
		sb_addf(&l.err, "%s:%zu:%zu: %s%s%s", path,
			parser.problem_mark.line + 1, parser.problem_mark.column + 1,
			parser.problem ? parser.problem : "malformed YAML",
			parser.context ? " " : "", parser.context ? parser.context : "");
	} else {
		ret = parse_top(&l, yaml_document_get_root_node(&l.doc));
		yaml_document_delete(&l.doc);
	}
	yaml_parser_delete(&parser);
out:
	if (ret) {
		*err = sb_detach(&l.err);
		catalog_free(cat);
	}
	sb_release(&l.err);
	return ret;
}

int catalog_load(struct catalog *cat, const char *path, char **err)
{
	const char *why = file_unreadable(path);
	struct strbuf text = {0}, msg = {0};
	int ret;

	memset(cat, 0, sizeof(*cat));
	if (!why && sb_read_file(&text, path))
		why = strerror(errno);
	if (why) {
		sb_addf(&msg, "%s: cannot read the rule catalog: %s", path, why);
		*err = sb_detach(&msg);
		sb_release(&text);
		return -1;
	}
	ret = catalog_parse(cat, path, text.buf ? text.buf : "", text.len, err);
	sb_release(&text);
	return ret;
}

void catalog_free(struct catalog *cat)
{
	for (size_t i = 0; i < cat->napis; i++)
		api_release(&cat->apis[i]);
	for (size_t i = 0; i < cat->nfields; i++) {
		free(cat->fields[i].strct);
		free(cat->fields[i].field);
	}
	free(cat->apis);
	free(cat->fields);
	name_list_free(&cat->noreturn);
	name_list_free(&cat->null_checks);
	name_list_free(&cat->transparent);
	name_list_free(&cat->error_returns);
	name_list_free(&cat->page_ops);
	for (size_t i = 0; i < cat->nops_io; i++)
		api_release(&cat->ops_io[i]);
	free(cat->ops_io);
	free(cat->cpu_access_reason);
	name_list_free(&cat->shared_structs);
	name_list_free(&cat->io_structs);
	name_list_free(&cat->secure_arches);
	name_list_free(&cat->secure_arch_off);
	name_list_free(&cat->cocci_keywords);
	rule_texts_free(cat);
	name_list_free(&cat->page_structs);
	name_list_free(&cat->page_same_object);
	for (size_t i = 0; i < cat->ncpu_carriers; i++) {
		free(cat->cpu_carriers[i].function);
		free(cat->cpu_carriers[i].reason);
	}
	free(cat->cpu_carriers);
	for (size_t i = 0; i < cat->nprivate_mappings; i++) {
		free(cat->private_mappings[i].field);
		free(cat->private_mappings[i].reason);
	}
	free(cat->private_mappings);
	unpinned_extracts_free(cat);
	free(cat->path);
	memset(cat, 0, sizeof(*cat));
}

unsigned catalog_field_origin(const struct catalog *cat, const char *strct,
			      const char *field)
{
	for (size_t i = 0; i < cat->nfields; i++)
		if (!strcmp(cat->fields[i].strct, strct) &&
		    !strcmp(cat->fields[i].field, field))
			return cat->fields[i].origin;
	return 0;
}

bool name_list_has(const struct name_list *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->names[i], name))
			return true;
	return false;
}

bool catalog_io_field(const struct catalog *cat, const char *field_key)
{
	size_t n = strcspn(field_key, ".");

	for (size_t i = 0; i < cat->io_structs.n; i++)
		if (strlen(cat->io_structs.names[i]) == n &&
		    !strncmp(cat->io_structs.names[i], field_key, n))
			return true;
	return false;
}

const struct cpu_carrier *catalog_cpu_carrier(const struct catalog *cat, const char *function)
{
	for (size_t i = 0; i < cat->ncpu_carriers; i++)
		if (!strcmp(cat->cpu_carriers[i].function, function))
			return &cat->cpu_carriers[i];
	return NULL;
}

const struct private_mapping *catalog_private_mapping(const struct catalog *cat,
						      const char *field_key)
{
	for (size_t i = 0; i < cat->nprivate_mappings; i++)
		if (!strcmp(cat->private_mappings[i].field, field_key))
			return &cat->private_mappings[i];
	return NULL;
}

const struct api *catalog_ops_io(const struct catalog *cat, const char *slot)
{
	for (size_t i = 0; i < cat->nops_io; i++)
		if (!strcmp(cat->ops_io[i].name, slot))
			return &cat->ops_io[i];
	return NULL;
}

char *catalog_field_key(const struct catalog *cat, const char *strct, const char *field,
			const char *file)
{
	struct strbuf key = {0};

	if (!strcmp(strct, FILE_STATIC_VARIABLE))
		sb_addf(&key, "file-static %s in %s", field, file ? file : "?");
	else if (!strcmp(strct, GLOBAL_VARIABLE))
		sb_addf(&key, "global %s", field);
	else
		sb_addf(&key, "%s.%s", strct, field);
	if (file && name_list_has(&cat->shared_structs, strct))
		sb_addf(&key, " in %s", file);
	return sb_detach(&key);
}
