/*
 * check-name: tree (x86_64): a definite finding in a file s390 (rules.yaml secure_arches) would not build is possible, with the option that keeps it out (obj-$(CONFIG_X), or a conditional around the include of a sibling's fragment, as amdgpu includes amdkfd's); the s390 config lives in the build dir
 * check-command: TREE_S390_UNSET=CONFIG_FS_PAGES testcases/tree-run pagecheck -j2 | grep -E "^findings|fs/pages.c"; TREE_S390_UNSET=CONFIG_KFD testcases/tree-run pagecheck -j2 | grep -E "^findings|kfd_svm.c.*(warning|not built)"
 *
 * check-output-start
findings: 3 (1 definite, 2 possible)
fs/pages.c:9:2: warning: 'pages[]' reaches I/O in skb_fill_page_desc() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
fs/pages.c:5:14: note: 'pages[]' comes from iov_iter_get_pages2() (user or pagecache pages), which takes a new reference
fs/pages.c:10:2: note: returns with the page attached to a live carrier: I/O starts in a caller
fs/pages.c:9:2: note: not built on s390, where secure pages exist: CONFIG_FS_PAGES is not set (obj-$(CONFIG_FS_PAGES) in fs/Makefile) (s390 allmodconfig without test-only options)
findings: 3 (1 definite, 2 possible)
drivers/gpu/kfd/kfd_svm.c:11:2: warning: 'page' reaches I/O in sg_set_page() without arch_make_page_accessible() after its new reference (possible) [missing-accessible]
drivers/gpu/kfd/kfd_svm.c:11:2: note: not built on s390, where secure pages exist: CONFIG_KFD is not set (ifneq ($(CONFIG_KFD),) in drivers/gpu/gfx/Makefile) (s390 allmodconfig without test-only options)
 * check-output-end
 */
int unused;
