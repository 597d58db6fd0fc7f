/*
 * check-name: the same files with page_frag left out of shared_structs: the user store of one file smears over the other file's rx gather list (what the key prevents)
 * check-command: t=$(mktemp); sed '/^shared_structs:/d' rules.yaml > $t; pagecheck --rules $t testcases/fp/frag-sock-append.c testcases/fp/frag-user-store.c | grep warning; rm -f $t
 * check-exit-value: 0
 *
 * check-output-start
testcases/fp/frag-sock-append.c:23:3: warning: 'gl->frags[].page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
testcases/fp/frag-user-store.c:10:2: warning: 'c->pfrag.page' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (definite) [missing-accessible]
 * check-output-end
 */
int unused;
