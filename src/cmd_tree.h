#ifndef PAGECHECK_CMD_TREE_H
#define PAGECHECK_CMD_TREE_H

#include "rules.h"

/* `pagecheck tree ...`: argv[0] is "tree". load_rules loads the catalog
 * given (NULL: the one shipped) and returns its path, or NULL after an
 * error message. */
int cmd_tree_main(int argc, char **argv,
		  char *(*load_rules)(const char *given, struct catalog *cat));

#endif
