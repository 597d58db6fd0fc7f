#include "checker.h"

#include "../src/util.h"

#include <string.h>

#define CHECKER(name) extern const struct checker check_##name;
#include "check_list.h"
#undef CHECKER

const struct checker *const checkers[] = {
#define CHECKER(name) &check_##name,
#include "check_list.h"
#undef CHECKER
};

const int ncheckers = sizeof(checkers) / sizeof(checkers[0]);

const char *checker_id(const char *name)
{
	for (int i = 0; name && i < ncheckers; i++)
		if (!strcmp(checkers[i]->id, name))
			return checkers[i]->id;
	return NULL;
}

int checkers_check_catalog(const struct catalog *cat, char **err)
{
	for (size_t i = 0; i < cat->nrule_texts; i++) {
		const struct rule_text *r = &cat->rule_texts[i];
		struct strbuf sb = {0};
		if (checker_id(r->id))
			continue;
		sb_addf(&sb, "%s:%d:%d: '%s' is not a rule of checkers/check_list.h", cat->path,
			r->line, r->col, r->id);
		*err = sb_detach(&sb);
		return -1;
	}
	return 0;
}
