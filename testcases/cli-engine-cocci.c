/*
 * check-name: --engine=cocci: spatch's reports become findings (function, expression as pagecheck writes it, 1-based column, where the match starts)
 * check-exit-value: 1
 * check-command: pagecheck --engine=cocci testcases/ma-pipe-buf.c testcases/ma-gup-loop.c testcases/ua-ignored.c testcases/iwr-pte-page.c
 *
 * check-output-start
testcases/iwr-pte-page.c:17:2: warning: 'page' from pte_page() on line 15 reaches I/O in sg_set_page() with no reference held (definite) [io-without-ref]
testcases/iwr-pte-page.c:15:1: note: Coccinelle's match starts here
testcases/iwr-pte-page.c:17:2: note: found by Coccinelle (cocci/io-without-ref.cocci)
testcases/ma-gup-loop.c:22:3: warning: 'pages[]' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 18 (definite) [missing-accessible]
testcases/ma-gup-loop.c:18:1: note: Coccinelle's match starts here
testcases/ma-gup-loop.c:22:3: note: found by Coccinelle (cocci/missing-accessible.cocci)
testcases/ma-pipe-buf.c:27:3: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 24 (possible) [missing-accessible]
testcases/ma-pipe-buf.c:24:1: note: Coccinelle's match starts here
testcases/ma-pipe-buf.c:27:3: note: found by Coccinelle (cocci/missing-accessible.cocci)
testcases/ua-ignored.c:18:2: warning: the result of arch_make_page_accessible(page) is ignored: on failure the page is still secure (definite) [unchecked-accessible]
testcases/ua-ignored.c:18:2: note: found by Coccinelle (cocci/unchecked-accessible.cocci)
 * check-output-end
 */
