/*
 * check-name: field provenance: a page read from a field only ever filled from dev_alloc_page() is kernel-private
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-fill.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
