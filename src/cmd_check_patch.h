#ifndef PAGECHECK_CMD_CHECK_PATCH_H
#define PAGECHECK_CMD_CHECK_PATCH_H

#include "rules.h"

/* `pagecheck check-patch [PATCH|-] [--since REV]`: argv[0] is "check-patch";
 * load_rules as for cmd_tree_main(). */
int cmd_check_patch_main(int argc, char **argv,
			 char *(*load_rules)(const char *given, struct catalog *cat));

#endif
