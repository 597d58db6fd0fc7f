/* What the libFuzzer targets share: the rule catalog they bind to, and a
 * file holding the input for the readers that take a path, on tmpfs so
 * that a million runs do not wear a disk. */
#ifndef PAGECHECK_FUZZ_INPUT_H
#define PAGECHECK_FUZZ_INPUT_H

#include <stddef.h>
#include <stdint.h>

struct catalog;

/* The shipped rules.yaml, loaded once. */
const struct catalog *fuzz_catalog(void);
/* The input as a NUL-terminated string (caller frees). */
char *fuzz_text(const uint8_t *data, size_t size);
/* A private directory for files the target writes (created once). */
const char *fuzz_dir(void);
/* Writes the input to fuzz_dir()/name and returns that path (static). */
const char *fuzz_file(const char *name, const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
