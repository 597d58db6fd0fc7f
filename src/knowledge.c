/* The JSON form (version 1):
 *   {"version": 1,
 *    "summaries": [{"name", "class", "page", "origin", "result", "sink",
 *                   "carrier", "implicit_guard", "returns_arg", "page_array",
 *                   "value_arg", "mapping" (optional: the argument that
 *                   is the address_space its page is looked up in),
 *                   "file", "line", "inner", "inner_line", "inner_col"}],
 *    "parameters": [{"function", "file", "param" (1-based), "origin"}],
 *    "ops_decided": ["struct.field", ...]}   (optional)
 * origin is written as origin_describe() does ("user or pagecache"). */
#include "knowledge.h"
#include "util.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void add_str(json_object *o, const char *key, const char *v)
{
	if (v)
		json_object_object_add(o, key, json_object_new_string(v));
}

static void add_int(json_object *o, const char *key, int v)
{
	json_object_object_add(o, key, json_object_new_int(v));
}

static json_object *summary_json(const struct api *a)
{
	json_object *o = json_object_new_object();
	char origin[64];

	add_str(o, "name", a->name);
	add_str(o, "class", api_class_name(a->cls));
	add_int(o, "page", a->page);
	add_str(o, "origin", origin_describe(a->origin, origin, sizeof(origin)));
	add_str(o, "result", api_result_name(a->result));
	add_str(o, "sink", api_sink_name(a->sink));
	add_int(o, "carrier", a->carrier);
	json_object_object_add(o, "implicit_guard", json_object_new_boolean(a->implicit_guard));
	json_object_object_add(o, "returns_arg", json_object_new_boolean(a->returns_arg));
	json_object_object_add(o, "page_array", json_object_new_boolean(a->page_array));
	add_int(o, "value_arg", a->value_arg);
	add_str(o, "file", a->def_file);
	add_int(o, "line", a->line);
	if (a->noref)
		json_object_object_add(o, "noref", json_object_new_boolean(true));
	if (a->from_field)
		add_str(o, "from_field", a->from_field);
	if (a->has_mapping)
		add_int(o, "mapping", a->mapping_arg);
	if (a->inner_api) {
		add_str(o, "inner", a->inner_api);
		add_int(o, "inner_line", (int)a->inner_line);
		add_int(o, "inner_col", (int)a->inner_col);
	}
	return o;
}

void knowledge_write(FILE *f, const struct knowledge *k)
{
	json_object *root = json_object_new_object(), *sums = json_object_new_array();
	json_object *params = json_object_new_array();
	char origin[64];

	for (size_t i = 0; i < k->sums.n; i++)
		json_object_array_add(sums, summary_json(&k->sums.v[i]));
	for (size_t i = 0; i < k->nparams; i++) {
		const struct known_param *p = &k->params[i];
		json_object *o = json_object_new_object();
		add_str(o, "function", p->function);
		add_str(o, "file", p->file);
		add_int(o, "param", p->param + 1);
		add_str(o, "origin", origin_describe(p->origin, origin, sizeof(origin)));
		json_object_array_add(params, o);
	}
	add_int(root, "version", 1);
	json_object_object_add(root, "summaries", sums);
	json_object_object_add(root, "parameters", params);
	if (k->nops_decided) {
		json_object *ops = json_object_new_array();
		for (size_t i = 0; i < k->nops_decided; i++)
			json_object_array_add(ops, json_object_new_string(k->ops_decided[i]));
		json_object_object_add(root, "ops_decided", ops);
	}
	fputs(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
					     JSON_C_TO_STRING_SPACED), f);
	fputc('\n', f);
	json_object_put(root);
}

static const char *get_str(json_object *o, const char *key)
{
	json_object *v = json_object_object_get(o, key);

	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

static int get_int(json_object *o, const char *key, bool *ok)
{
	json_object *v = json_object_object_get(o, key);

	if (!v || !json_object_is_type(v, json_type_int)) {
		*ok = false;
		return 0;
	}
	return json_object_get_int(v);
}

static bool summary_from(json_object *o, struct api *a)
{
	bool ok = true;
	const char *name = get_str(o, "name"), *inner = get_str(o, "inner");
	const char *file = get_str(o, "file");
	int cls = api_class_parse(get_str(o, "class"));
	int result = api_result_parse(get_str(o, "result"));
	int sink = api_sink_parse(get_str(o, "sink"));

	memset(a, 0, sizeof(*a));
	a->page = get_int(o, "page", &ok);
	a->carrier = get_int(o, "carrier", &ok);
	a->value_arg = get_int(o, "value_arg", &ok);
	a->line = get_int(o, "line", &ok);
	if (!ok || !name || cls < 0 || result < 0 || sink < 0 || a->page < PAGE_NONE)
		return false;
	a->cls = (enum api_class)cls;
	a->result = (enum result_kind)result;
	a->sink = (enum sink_kind)sink;
	a->origin = origin_parse(get_str(o, "origin") ? get_str(o, "origin") : "");
	a->implicit_guard = json_object_get_boolean(json_object_object_get(o, "implicit_guard"));
	a->returns_arg = json_object_get_boolean(json_object_object_get(o, "returns_arg"));
	a->page_array = json_object_get_boolean(json_object_object_get(o, "page_array"));
	a->noref = json_object_get_boolean(json_object_object_get(o, "noref"));
	a->from_field = get_str(o, "from_field") ? xstrdup(get_str(o, "from_field")) : NULL;
	if (json_object_object_get(o, "mapping")) {
		a->mapping_arg = get_int(o, "mapping", &ok);
		a->has_mapping = ok && a->mapping_arg >= 0;
	}
	a->summary = true;
	a->name = xstrdup(name);
	a->def_file = file ? xstrdup(file) : NULL;
	if (inner) {
		a->inner_api = xstrdup(inner);
		a->inner_line = (unsigned)get_int(o, "inner_line", &ok);
		a->inner_col = (unsigned)get_int(o, "inner_col", &ok);
	}
	return true;
}

/* The optional list of decided page_ops fields: -1 when it is not one. */
static int ops_decided_from(struct knowledge *k, json_object *ops)
{
	if (!ops)
		return 0;
	if (!json_object_is_type(ops, json_type_array))
		return -1;
	for (size_t i = 0; i < json_object_array_length(ops); i++) {
		json_object *v = json_object_array_get_idx(ops, i);
		if (!v || !json_object_is_type(v, json_type_string) ||
		    !strchr(json_object_get_string(v), '.'))
			return -1;
		GROW(k->ops_decided, k->nops_decided, k->cops_decided);
		k->ops_decided[k->nops_decided++] = xstrdup(json_object_get_string(v));
	}
	return 0;
}

static int fail(char **err, const char *path, const char *what, size_t i)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s: %s", path, what);
	if (i != (size_t)-1)
		sb_addf(&sb, " (entry %zu)", i + 1);
	*err = sb_detach(&sb);
	return -1;
}

int knowledge_load(struct knowledge *k, const char *path, char **err)
{
	json_object *root = json_object_from_file(path), *sums, *params;
	bool ok = true;

	memset(k, 0, sizeof(*k));
	if (!root && access(path, R_OK))
		return fail(err, path, strerror(errno), (size_t)-1);
	if (!root)
		return fail(err, path, "not valid JSON", (size_t)-1);
	sums = json_object_object_get(root, "summaries");
	params = json_object_object_get(root, "parameters");
	if (get_int(root, "version", &ok) != 1 || !ok || !sums || !params ||
	    !json_object_is_type(sums, json_type_array) ||
	    !json_object_is_type(params, json_type_array)) {
		json_object_put(root);
		return fail(err, path, "not a pagecheck summaries file (version 1)", (size_t)-1);
	}
	for (size_t i = 0; i < json_object_array_length(sums); i++) {
		struct api a;
		if (!summary_from(json_object_array_get_idx(sums, i), &a)) {
			json_object_put(root);
			knowledge_free(k);
			return fail(err, path, "malformed summary", i);
		}
		GROW(k->sums.v, k->sums.n, k->sums.cap);
		k->sums.v[k->sums.n++] = a;
	}
	for (size_t i = 0; i < json_object_array_length(params); i++) {
		json_object *o = json_object_array_get_idx(params, i);
		const char *fn = get_str(o, "function"), *file = get_str(o, "file");
		const char *origin = get_str(o, "origin");
		int param = get_int(o, "param", &ok);
		if (!ok || !fn || !file || !origin || param < 1) {
			json_object_put(root);
			knowledge_free(k);
			return fail(err, path, "malformed parameter", i);
		}
		GROW(k->params, k->nparams, k->cparams);
		k->params[k->nparams++] = (struct known_param){xstrdup(fn), xstrdup(file),
							       param - 1, origin_parse(origin)};
	}
	if (ops_decided_from(k, json_object_object_get(root, "ops_decided"))) {
		json_object_put(root);
		knowledge_free(k);
		return fail(err, path, "ops_decided must be a list of struct.field names",
			    (size_t)-1);
	}
	json_object_put(root);
	return 0;
}

void knowledge_free(struct knowledge *k)
{
	summary_free(&k->sums);
	summary_free(&k->statics);
	for (size_t i = 0; i < k->nparams; i++) {
		free(k->params[i].function);
		free(k->params[i].file);
	}
	free(k->params);
	for (size_t i = 0; i < k->nops_decided; i++)
		free(k->ops_decided[i]);
	free(k->ops_decided);
	memset(k, 0, sizeof(*k));
}

bool knowledge_ops_decided(const struct knowledge *k, const char *slot)
{
	for (size_t i = 0; k && i < k->nops_decided; i++)
		if (!strcmp(k->ops_decided[i], slot))
			return true;
	return false;
}

/* file may be absolute (a kbuild run) where the tree run wrote it relative
 * to the tree: a path that ends with the known one matches; "" is a
 * function the tree run saw called but not defined: any file. */
static bool same_file(const char *given, const char *known)
{
	size_t g = strlen(given), n = strlen(known);

	if (!n)
		return true;
	return g >= n && !strcmp(given + g - n, known) && (g == n || given[g - n - 1] == '/');
}

unsigned knowledge_param(const struct knowledge *k, const char *function, const char *file,
			 int param)
{
	for (size_t i = 0; k && i < k->nparams; i++)
		if (k->params[i].param == param && !strcmp(k->params[i].function, function) &&
		    same_file(file, k->params[i].file))
			return k->params[i].origin;
	return 0;
}
