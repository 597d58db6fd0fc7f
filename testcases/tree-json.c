/*
 * check-name: tree: coverage figures and per-file status in findings.json
 * check-command: TREE_JSON=1 testcases/tree-run pagecheck -j2 | sed -n "/^name: /,\$p"
 * check-exit-value: 0
 *
 * check-output-start
name: mini
arch: x86_64
scanned: 5
candidates: 4
analyzed: 3
failed: 1
crashed: 0
timed_out: 0
parsed: 4
cached: 0
per_directory: {"drivers/": {"definite": 0, "failed": 1, "files": 3, "findings": 1}, "fs/": {"definite": 1, "failed": 0, "files": 1, "findings": 1}}
files: drivers/big/part/piece.c=analyzed, drivers/misc/broken.c=failed, drivers/sub/flagged.c=analyzed, fs/pages.c=analyzed
rules: {"missing-accessible": 2}
 * check-output-end
 */
