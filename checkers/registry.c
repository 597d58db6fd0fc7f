#include "checker.h"

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
