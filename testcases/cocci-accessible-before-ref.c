/*
 * check-name: cocci/accessible-before-ref.cocci in report mode (coccicheck's form) on the accessible-before-ref cases; where it is silent or wrong and pagecheck's clang engine is right is a limit of Coccinelle (see docs/design.md)
 * check-command: for f in testcases/abr-*.c testcases/ok-guarded.c; do spatch --very-quiet --no-includes --include-headers -D report --sp-file cocci/accessible-before-ref.cocci $f; done 2>&1 | sed "s|$PWD/||"
 *
 * check-output-start
testcases/abr-guard-then-get.c:22:5-30: WARNING: grab(): arch_make_page_accessible() on 'page' while no reference or page lock is held (possible) [accessible-before-ref]
 * check-output-end
 */
