/*
 * check-name: rules loader rejects unknown-section.yaml with file:line:col and exit 2
 * check-command: pagecheck --rules testcases/rules/unknown-section.yaml $file
 * check-exit-value: 2
 *
 * check-output-start
pagecheck: error: testcases/rules/unknown-section.yaml:3:1: unknown section 'sinks' (expected apis, fields, cpu_carriers, private_mappings, noreturn, null_checks, transparent, error_returns, page_ops, shared_structs, io_structs, secure_arches, secure_arch_off, page_types, cpu_access_reason, rules, cocci_keywords, unpinned_extracts)
 * check-output-end
 */
int unused;
