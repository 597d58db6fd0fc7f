#include "fuzz_input.h"
#include "../src/rules.h"
#include "../src/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PAGECHECK_DATADIR
#define PAGECHECK_DATADIR "."
#endif

const struct catalog *fuzz_catalog(void)
{
	static struct catalog cat;
	static int loaded;
	char *err = NULL;

	if (!loaded) {
		if (catalog_load(&cat, PAGECHECK_DATADIR "/rules.yaml", &err)) {
			fprintf(stderr, "fuzz: %s\n", err);
			abort();
		}
		loaded = 1;
	}
	return &cat;
}

char *fuzz_text(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

const char *fuzz_dir(void)
{
	static char dir[128];

	if (!dir[0]) {
		const char *base = access("/dev/shm", W_OK) ? "/tmp" : "/dev/shm";
		snprintf(dir, sizeof(dir), "%s/pagecheck-fuzz-%d", base, (int)getpid());
		if (mkdir(dir, 0700) && access(dir, W_OK)) {
			perror(dir);
			abort();
		}
	}
	return dir;
}

const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", fuzz_dir(), name);
	f = fopen(path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f)) {
		perror(path);
		abort();
	}
	return path;
}
