#ifndef PAGECHECK_KCONFIG_H
#define PAGECHECK_KCONFIG_H

#include <stddef.h>

struct kconfig_entry {
	char *name, *value;	/* "CONFIG_FOO", "y" */
};

struct kconfig {
	struct kconfig_entry *v;
	size_t n, cap;
};

/* -1 when the file cannot be read (k is then empty). */
int kconfig_load(struct kconfig *k, const char *path);
/* The option's value ("y", "m", "0x10", "\"str\""), NULL when not set. */
const char *kconfig_get(const struct kconfig *k, const char *name);
void kconfig_free(struct kconfig *k);

#endif
