/* A build dir's .config as a lookup table: kbuild Makefiles name their
 * flags after options (ccflags-$(CONFIG_FOO)), so evaluating them needs it. */
#include "kconfig.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct kconfig_entry *)a)->name,
		      ((const struct kconfig_entry *)b)->name);
}

int kconfig_load(struct kconfig *k, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;

	memset(k, 0, sizeof(*k));
	if (!f)
		return -1;
	while (getline(&line, &cap, f) > 0) {
		char *eq = strchr(line, '=');
		size_t n;
		if (strncmp(line, "CONFIG_", 7) || !eq)
			continue;	/* comments, "# CONFIG_X is not set" */
		*eq = '\0';
		n = strcspn(eq + 1, "\n");
		eq[1 + n] = '\0';
		GROW(k->v, k->n, k->cap);
		k->v[k->n].name = xstrdup(line);
		k->v[k->n].value = xstrdup(eq + 1);
		k->n++;
	}
	free(line);
	fclose(f);
	if (k->n > 1)
		qsort(k->v, k->n, sizeof(k->v[0]), by_name);
	return 0;
}

const char *kconfig_get(const struct kconfig *k, const char *name)
{
	struct kconfig_entry key = {(char *)name, NULL}, *e;

	if (!k->n)
		return NULL;
	e = bsearch(&key, k->v, k->n, sizeof(k->v[0]), by_name);
	return e ? e->value : NULL;
}

void kconfig_free(struct kconfig *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].name);
		free(k->v[i].value);
	}
	free(k->v);
	memset(k, 0, sizeof(*k));
}
