/*
 * check-name: fuzz: every libFuzzer target runs clean (ASan, UBSan, leaks) on its kept corpus and on every input that once crashed or leaked (fuzz/regressions)
 * check-command: make -s fuzz-regress 2>&1 | grep -v "^clang-14\|^\s" | sed -E "s/[0-9]+ inputs/N inputs/"
 *
 * check-output-start
fuzz-regress: rules: N inputs clean
fuzz-regress: compile_flags: N inputs clean
fuzz-regress: kbuild_makefile: N inputs clean
fuzz-regress: summaries: N inputs clean
fuzz-regress: file_ir: N inputs clean
fuzz-regress: results_json: N inputs clean
fuzz-regress: cocci_report: N inputs clean
 * check-output-end
 */
