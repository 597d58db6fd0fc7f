/*
 * check-name: field provenance: a field filled from another field inherits its origin (both kernel-private here)
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-copy.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */
