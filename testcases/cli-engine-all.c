/*
 * check-name: --engine=all --stats: one finding where both engines agree, Coccinelle's finding kept where clang could not parse, disagreements listed but not reported
 * check-command: pagecheck --engine=all --stats testcases/ma-pipe-buf.c testcases/ma-lock-page.c testcases/ok-kernel-private.c testcases/broken/clang-cannot-parse.c 2>&1; echo "exit $?"; pagecheck --engine=all --format=json testcases/ma-pipe-buf.c | grep -A3 found_by; pagecheck --engine=gcc testcases/ma-pipe-buf.c; echo "exit $?"
 *
 * check-output-start
pagecheck: testcases/broken/clang-cannot-parse.c: not analyzed: testcases/broken/clang-cannot-parse.c:6:2: error: use of undeclared identifier 'unknown_type_t'
engines: 1 found by both, 1 by clang only, 2 by Coccinelle only (1 where clang analyzed the file: not reported, listed below; 1 where it could not: reported)
  Coccinelle only: testcases/ok-kernel-private.c:21:2: fill_rx(): 'c' [missing-accessible]
testcases/broken/clang-cannot-parse.c:9:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_page() took a new reference on line 8 (possible) [missing-accessible]
testcases/broken/clang-cannot-parse.c:8:1: note: Coccinelle's match starts here
testcases/broken/clang-cannot-parse.c:9:2: note: found by Coccinelle (cocci/missing-accessible.cocci)
testcases/ma-lock-page.c:17:2: warning: 'page' reaches I/O in __bio_add_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
testcases/ma-lock-page.c:16:2: note: 'page' has unknown origin (parameter or caller-provided page)
testcases/ma-lock-page.c:16:2: note: page lock taken by lock_page()
testcases/ma-lock-page.c:18:2: note: I/O starts here: submit_bio() submits the carrier
testcases/ma-pipe-buf.c:27:3: warning: 'buf->page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/ma-pipe-buf.c:24:3: note: 'buf->page' may hold user or pagecache pages (catalog field)
testcases/ma-pipe-buf.c:24:3: note: new reference taken by get_page()
testcases/ma-pipe-buf.c:38:2: note: returns with the page attached to a live carrier: I/O starts in a caller
exit 1
      "found_by":[
        "clang",
        "cocci"
      ],
pagecheck: unknown engine 'gcc' (clang, cocci, all)
exit 2
 * check-output-end
 */
