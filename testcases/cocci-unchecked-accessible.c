/*
 * check-name: cocci/unchecked-accessible.cocci in report mode (coccicheck's form) on the unchecked-accessible cases; where it is silent or wrong and pagecheck's clang engine is right is a limit of Coccinelle (see docs/design.md)
 * check-command: for f in testcases/ua-*.c testcases/ok-guarded.c; do spatch --very-quiet --no-includes --include-headers -D report --sp-file cocci/unchecked-accessible.cocci $f; done 2>&1 | sed "s|$PWD/||"
 *
 * check-output-start
testcases/ua-ignored.c:18:1-26: WARNING: map_one(): the result of arch_make_page_accessible(page) is ignored: on failure the page is still secure (definite) [unchecked-accessible]
testcases/ua-stored-not-tested.c:22:8-20: WARNING: map_one(): 'page' reaches I/O in dma_map_page() before the result of arch_make_page_accessible() on line 21 is tested (definite) [unchecked-accessible]
 * check-output-end
 */
