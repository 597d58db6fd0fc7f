/*
 * check-name: tree: three runs with both engines (a cold one, two from the cache) leave the kernel tree as it was: the same file list, sizes and mtimes
 * check-command: TREE_SNAPSHOT=1 TREE_RUNS=3 testcases/tree-run pagecheck --engine=all | grep -E "^run|^exit|untouched|written|^[<>]"
 * check-exit-value: 0
 *
 * check-output-start
run 1:
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 2:
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
run 3:
exit status 1: findings; 1 file not analyzed (listed above; --strict fails the run)
exit 1
tree untouched: 47 entries, same sizes and mtimes
 * check-output-end
 */
