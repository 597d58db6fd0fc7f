/* What the parts of the rules.yaml loader share. Not for other users. */
#ifndef PAGECHECK_RULES_INTERNAL_H
#define PAGECHECK_RULES_INTERNAL_H

#include "rules.h"
#include "util.h"

#include <yaml.h>

struct loader {
	yaml_document_t doc;
	const char *path;
	struct strbuf err;
	struct catalog *cat;
};

/* Records "file:line:col: message" (the first problem only); returns -1. */
int fail(struct loader *l, yaml_node_t *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* node's text, or NULL after a failure naming what it should have been */
const char *scalar(struct loader *l, yaml_node_t *node, const char *what);
void name_list_add(struct name_list *list, const char *name);
void name_list_free(struct name_list *list);
int parse_name_list(struct loader *l, yaml_node_t *node, struct name_list *list,
		    const char *what);
/* The index of node's word among names[n], or -1 after a failure. */
int lookup_word(struct loader *l, yaml_node_t *node, const char *what,
		const char *const *names, int n);
int parse_int(struct loader *l, yaml_node_t *node, const char *what);
/* 1, 0, or -1 after a failure */
int parse_bool(struct loader *l, yaml_node_t *node, const char *what);

/* rules_origins.c: an origin list ([user, pagecache]) into its bits */
int parse_origin(struct loader *l, yaml_node_t *node, unsigned *out);
/* rules_extracts.c: the unpinned_extracts section (and the lookups) */
int parse_unpinned_extracts(struct loader *l, yaml_node_t *node);
void unpinned_extracts_free(struct catalog *cat);

/* rules_carriers.c: one entry of the cpu_carriers, of the private_mappings section */
int parse_cpu_carrier(struct loader *l, yaml_node_t *map);
int parse_private_mapping(struct loader *l, yaml_node_t *map);

/* rules_yaml.c has the primitives above; rules_texts.c the rules section (rule words and fixes) */
int parse_rule_texts(struct loader *l, yaml_node_t *node);
/* rules_ops.c: the page_ops section (fields, and the I/O some of them start) */
int parse_page_ops(struct loader *l, yaml_node_t *node);
void rule_texts_free(struct catalog *cat);

#endif
