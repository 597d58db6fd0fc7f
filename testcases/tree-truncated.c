/*
 * check-name: tree: the bounds a run hit are in the summary and in findings.txt: with no round at all, every function is counted for the link's rounds and for its file's; the second run reads the per-file counts back from the cache
 * check-command: PAGECHECK_TEST_BOUNDS=file_rounds=0,link_rounds=0 TREE_RUNS=2 testcases/tree-run pagecheck -j1 | grep -E '^(run |truncated|pagecheck: truncated)'
 * check-exit-value: 0
 *
 * check-output-start
run 1:
truncated: 5 functions (round budget across files: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more), 5 functions (round budget of a file alone: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more)
run 2:
truncated: 5 functions (round budget across files: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more), 5 functions (round budget of a file alone: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more)
pagecheck: truncated: 5 functions (round budget across files: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more), 5 functions (round budget of a file alone: guarded() in drivers/big/part/piece.c, kfd_map() in drivers/gpu/kfd/kfd_svm.c, hold() in drivers/misc/no_io.c and 2 more)
 * check-output-end
 */
