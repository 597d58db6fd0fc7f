#include "tree_facts.h"
#include "util.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* "VERSION = 6" -> "6"; NULL when the line is another. */
static const char *make_variable(const char *line, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(line, name, n))
		return NULL;
	line += n;
	line += strspn(line, " \t");
	if (*line != '=')
		return NULL;
	return line + 1 + strspn(line + 1, " \t");
}

/* The top Makefile's VERSION.PATCHLEVEL.SUBLEVEL EXTRAVERSION, as kbuild
 * spells kernelversion; the first lines of the file say it. */
static void kernel_version(const char *srctree, char *out, size_t size)
{
	static const char *const names[] = {"VERSION", "PATCHLEVEL", "SUBLEVEL", "EXTRAVERSION"};
	char path[4096], line[256];
	/* short parts: the version always fits out (64) */
	char parts[4][15] = {{0}};
	FILE *f;

	out[0] = '\0';
	snprintf(path, sizeof(path), "%s/Makefile", srctree);
	if (!(f = fopen(path, "r")))
		return;
	for (int n = 0; n < 20 && fgets(line, sizeof(line), f); n++) {
		line[strcspn(line, "\r\n")] = '\0';
		for (int i = 0; i < 4; i++) {
			const char *v = make_variable(line, names[i]);
			if (v)
				snprintf(parts[i], sizeof(parts[i]), "%s", v);
		}
	}
	fclose(f);
	if (parts[0][0] && parts[1][0])
		snprintf(out, size, "%s.%s%s%s%s", parts[0], parts[1], parts[2][0] ? "." : "",
			 parts[2], parts[3]);
}

void tree_facts_collect(struct tree_facts *f, const char *srctree, const char *rules_path)
{
	struct strbuf text = {0};
	time_t now = time(NULL);
	struct tm utc;

	f->srctree = srctree;
	kernel_version(srctree, f->kernel_version, sizeof(f->kernel_version));
	if (sb_read_file(&text, rules_path) == 0)
		snprintf(f->catalog_hash, sizeof(f->catalog_hash), "%016llx",
			 fnv1a(text.buf ? text.buf : "", 0));
	sb_release(&text);
	gmtime_r(&now, &utc);
	strftime(f->started, sizeof(f->started), "%Y-%m-%dT%H:%M:%SZ", &utc);
}
