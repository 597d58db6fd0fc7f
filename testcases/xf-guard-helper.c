/*
 * check-name: a guard helper in another file (make_all_ok(), the pages of an array made accessible, the first error returned) guards the caller's &page when both files are judged together, or when a run over the helper's file wrote its summary (--summaries); the caller's file alone does not know it: missing-accessible
 * check-command: f=$(mktemp) && pagecheck testcases/xf/guard_helper.c testcases/xf/guard_caller.c && pagecheck --write-summaries $f testcases/xf/guard_helper.c && pagecheck --summaries $f testcases/xf/guard_caller.c && echo silent; rm -f $f; pagecheck testcases/xf/guard_caller.c
 * check-exit-value: 1
 *
 * check-output-start
silent
testcases/xf/guard_caller.c:15:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/xf/guard_caller.c:9:6: note: 'page' comes from get_user_pages_fast() (user pages), which takes a new reference
testcases/xf/guard_caller.c:16:9: note: I/O starts here: dma_map_sg() submits the carrier
 * check-output-end
 */
