/*
 * check-name: the same helper with a second caller, two calls away in a third file, handing it a get_user_pages_fast() page: definite, traced to that caller
 * check-command: pagecheck testcases/xf/ring.c testcases/xf/ring_kernel.c testcases/xf/ring_user.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/xf/ring.c:8:10: warning: 'page' reaches I/O in ring_push() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/ring.c:9:2: note: 'page' is parameter 2 of ring_push(): its callers hand it user or kernel pages
testcases/xf/ring_user.c:8:9: note: ring_forward() passes 'page' to ring_push()
testcases/xf/ring_user.c:18:8: note: ring_send_user() passes 'pages[]' to ring_forward()
testcases/xf/ring_user.c:16:6: note: origin: 'pages[]' comes from get_user_pages_fast() (user pages)
testcases/xf/ring.c:9:2: note: new reference taken by get_page()
testcases/xf/ring.c:5:1: note: ring_push() puts its argument 2 into a carrier (its summary)
testcases/xf/ring.c:11:2: note: returns with the page attached to a live carrier: I/O starts in a caller
 * check-output-end
 */
