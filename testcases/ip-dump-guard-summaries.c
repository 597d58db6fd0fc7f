/*
 * check-name: --dump-summaries: guard helpers in the catalog's words: the page or the pages of an array made accessible, and what the result says (errno: 0 when done; bool: true when done), by which guard inside
 * check-command: pagecheck --dump-summaries testcases/ok-guard-helper.c testcases/ok-guard-helper-array.c testcases/ip-guard-helper-array.c | grep -v -e ': warning: ' -e ': note: '
 *
 * check-output-start
made_ok: guard, argument 1, result bool (testcases/ok-guard-helper.c:22; by arch_make_page_accessible() at line 24)
make_all_ok: guard, the pages of argument 1, result errno (testcases/ok-guard-helper-array.c:10; by arch_make_page_accessible() at line 15)
make_all_ok: guard, the pages of argument 1, result errno (testcases/ip-guard-helper-array.c:19; by arch_make_page_accessible() at line 24)
make_ok: guard, argument 1, result errno (testcases/ok-guard-helper.c:10; by arch_make_page_accessible() at line 12)
make_ok_again: guard, argument 1, result errno (testcases/ok-guard-helper.c:27; by make_ok() at line 29)
make_ok_or_bug: guard, argument 1, made accessible (testcases/ok-guard-helper.c:32; by arch_make_page_accessible() at line 34)
make_ok_or_eio: guard, argument 1, result errno (testcases/ok-guard-helper.c:15; by arch_make_page_accessible() at line 17)
 * check-output-end
 */
int unused;
