#ifndef PAGECHECK_CMD_COCCI_H
#define PAGECHECK_CMD_COCCI_H

#include "rules.h"

/* `pagecheck cocci ...`: argv[0] is "cocci". load_rules as for
 * cmd_tree_main(). */
int cmd_cocci_main(int argc, char **argv,
		   char *(*load_rules)(const char *given, struct catalog *cat));

#endif
