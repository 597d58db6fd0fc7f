#ifndef PAGECHECK_CMD_TREE_H
#define PAGECHECK_CMD_TREE_H

/* `pagecheck tree ...`: argv[0] is "tree". default_rules finds the
 * rules.yaml shipped with pagecheck (the caller frees it). */
int cmd_tree_main(int argc, char **argv, char *(*default_rules)(void));

#endif
