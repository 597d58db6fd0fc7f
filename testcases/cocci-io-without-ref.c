/*
 * check-name: cocci/io-without-ref.cocci in report mode (coccicheck's form) on the io-without-ref cases; where it is silent or wrong and pagecheck's clang engine is right is a limit of Coccinelle (see docs/design.md)
 * check-command: for f in testcases/iwr-*.c testcases/ok-guarded.c; do spatch --very-quiet --no-includes --include-headers -D report --sp-file cocci/io-without-ref.cocci $f; done 2>&1 | sed "s|$PWD/||"
 *
 * check-output-start
testcases/iwr-pte-page.c:17:1-12: WARNING: dump_pte(): 'page' from pte_page() on line 15 reaches I/O in sg_set_page() with no reference held (definite) [io-without-ref]
testcases/iwr-put-before-io.c:26:7-22: WARNING: send(): 'page' reaches I/O in kernel_sendpage() after put_page() on line 25 dropped its reference (possible) [io-without-ref]
 * check-output-end
 */
