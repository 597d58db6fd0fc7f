#ifndef PAGECHECK_CMD_AUDIT_H
#define PAGECHECK_CMD_AUDIT_H

#include "rules.h"

/* `pagecheck audit [--diff DIFF.json] REPORTS_DIR`: argv[0] is "audit". */
int cmd_audit_main(int argc, char **argv,
		   char *(*load_rules)(const char *given, struct catalog *cat));

#endif
