#include "checker.h"

#define CHECKER(name) extern const struct checker check_##name;
#include "check_list.h"
#undef CHECKER

const struct checker *const checkers[] = {
#define CHECKER(name) &check_##name,
#include "check_list.h"
#undef CHECKER
};

const int ncheckers = sizeof(checkers) / sizeof(checkers[0]);
