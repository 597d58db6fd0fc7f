/*
 * check-name: field provenance: the field is filled from a helper of the same file that returns dev_alloc_page(): the store is kernel-private because the file is judged with its own summaries before its stores are recorded (a single pass with the catalog alone would leave it unknown)
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-fill-helper.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
