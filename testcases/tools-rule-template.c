/*
 * check-name: a rule added as checkers/check_template.c.txt says (in a copy of the project) touches one new file and one registry line, owns a state dimension of its own (the lattice grows from 60 to 120 tuples per page), is listed by --list-rules and reports beside the others
 * check-command: ./tools/try-rule-template testcases/ma-alias.c
 *
 * check-output-start
touched:
Files checkers/check_list.h and checkers/check_list.h differ
Only in checkers: check_my_rule.c
rules: missing-accessible unchecked-accessible io-without-ref accessible-before-ref my-rule 
testcases/ma-alias.c:20:2: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-alias.c:20:2: warning: 'buf->page' ... (definite) [my-rule]
 * check-output-end
 */
int unused;
