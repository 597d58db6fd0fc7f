#ifndef PAGECHECK_CMD_DIFF_H
#define PAGECHECK_CMD_DIFF_H

/* `pagecheck diff OLD.json NEW.json`: argv[0] is "diff". */
int cmd_diff_main(int argc, char **argv);

#endif
