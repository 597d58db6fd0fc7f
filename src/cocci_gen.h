#ifndef PAGECHECK_COCCI_GEN_H
#define PAGECHECK_COCCI_GEN_H

#include "rules.h"

/* The rule ids Coccinelle can express, NULL-terminated. */
extern const char *const cocci_rule_ids[];
/* The semantic patch of one rule from the catalog; NULL for another id. */
char *cocci_generate(const struct catalog *cat, const char *rule_id);

/* All rules in one semantic patch (for one spatch run per file set). */
char *cocci_generate_all(const struct catalog *cat);

#endif
