/*
 * check-name: field provenance meets caller provenance: the field is filled with a parameter's page, and that parameter's only caller hands it a page the driver allocated: kernel-private, no finding
 * check-command: pagecheck testcases/fp/rx-ring-read.c testcases/fp/rx-ring-param.c testcases/fp/rx-ring-attach-kernel.c
 * check-exit-value: 0
 */
