/*
 * check-name: cocci/missing-accessible.cocci in report mode on one page returned through &page (get_user_pages_fast(addr, 1, f, &page), iov_iter_get_pages2(from, &page, ...)): reported unguarded, silent guarded or pinned
 * check-command: for f in testcases/ip-amp-page-gup.c testcases/ok-amp-page-guarded.c; do spatch --very-quiet --no-includes --include-headers -D report --sp-file cocci/missing-accessible.cocci $f; done 2>&1 | sed "s|$PWD/||"
 *
 * check-output-start
testcases/ip-amp-page-gup.c:22:1-12: WARNING: map_user_page(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after get_user_pages_fast() took a new reference on line 20 (definite) [missing-accessible]
testcases/ip-amp-page-gup.c:34:1-12: WARNING: map_iter_page(): 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after iov_iter_get_pages2() took a new reference on line 30 (definite) [missing-accessible]
 * check-output-end
 */
