#ifndef PAGECHECK_COCCI_GEN_H
#define PAGECHECK_COCCI_GEN_H

#include "rules.h"

/* The i-th rule id (registry order) Coccinelle can express; NULL past
 * the last. */
const char *cocci_rule_id(size_t i);
/* The semantic patch of one rule from the catalog; NULL for another id. */
char *cocci_generate(const struct catalog *cat, const char *rule_id);

/* All rules in one semantic patch (for one spatch run per file set). */
char *cocci_generate_all(const struct catalog *cat);

#endif
