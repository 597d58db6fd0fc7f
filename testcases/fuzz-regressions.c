/*
 * check-name: fuzz: every libFuzzer target runs clean (ASan, UBSan, leaks) on its kept corpus and on every input that once crashed or leaked (fuzz/regressions)
 * check-command: make -s fuzz-regress 2>&1 | grep -v "^clang-14\|^\s"
 *
 * check-output-start
fuzz-regress: rules: 12 inputs clean
fuzz-regress: compile_flags: 2 inputs clean
fuzz-regress: kbuild_makefile: 18 inputs clean
fuzz-regress: summaries: 2 inputs clean
fuzz-regress: file_ir: 7 inputs clean
fuzz-regress: results_json: 6 inputs clean
fuzz-regress: cocci_report: 2 inputs clean
 * check-output-end
 */
