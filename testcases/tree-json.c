/*
 * check-name: tree: coverage figures and per-file status in findings.json
 * check-command: TREE_JSON=1 testcases/tree-run pagecheck -j2 | sed -n "/^name: /,\$p"
 * check-exit-value: 0
 *
 * check-output-start
name: mini
arch: x86_64
scanned: 7
candidates: 7
analyzed: 5
failed: 1
crashed: 0
timed_out: 0
parsed: 6
cached: 0
per_directory: {"drivers/": {"definite": 1, "failed": 1, "files": 6, "findings": 2, "not_built": 1, "sites": 5, "sites_by_verdict": {"cpu-only": 0, "escapes": 1, "guarded": 1, "kernel-private": 0, "missing": 2, "not-secure": 0, "released": 0, "unanalyzed": 1}}, "fs/": {"definite": 1, "failed": 0, "files": 1, "findings": 1, "not_built": 0, "sites": 1, "sites_by_verdict": {"cpu-only": 0, "escapes": 0, "guarded": 0, "kernel-private": 0, "missing": 1, "not-secure": 0, "released": 0, "unanalyzed": 0}}}
files: drivers/big/part/piece.c=analyzed, drivers/gpu/kfd/kfd_svm.c=analyzed, drivers/misc/broken.c=failed, drivers/misc/no_io.c=analyzed, drivers/other/other.c=not built, drivers/sub/flagged.c=analyzed, fs/pages.c=analyzed
rules: {"missing-accessible": 3}
clang engine parts: plan, parse, workers and driver CPU
 * check-output-end
 */
