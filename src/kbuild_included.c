/* A .c file that no Makefile names but another .c file #includes (md's
 * raid1-10.c in raid1.c and raid10.c, i915's selftests/ files at the end of
 * the object they test) is not an object kbuild builds: it is compiled as
 * a part of its includer. Found in the text of the .c files of its own
 * directory and of the one above, where kernel code puts the includer. */
#include "kbuild_included.h"
#include "util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

/* Does text #include "quoted" naming rel, seen from the includer's dir? */
static bool includes(const char *text, const char *dir, const char *rel)
{
	for (const char *p = strstr(text, "#include \""); p; p = strstr(p + 1, "#include \"")) {
		const char *q = p + 10, *end = strchr(q, '"');
		struct strbuf path = {0};
		bool same;
		if (!end || memchr(q, '\n', (size_t)(end - q)))
			continue;
		if (*dir)
			sb_addf(&path, "%s/", dir);
		sb_addf(&path, "%.*s", (int)(end - q), q);
		same = !strcmp(path.buf, rel);
		sb_release(&path);
		if (same)
			return true;
	}
	return false;
}

static void scan_dir(const char *srctree, const char *dir, const char *rel, struct strbuf *by)
{
	struct strbuf abs = {0};
	struct dirent *d;
	DIR *dh;

	sb_addf(&abs, "%s/%s", srctree, dir);
	dh = opendir(abs.buf);
	while (dh && (d = readdir(dh))) {
		size_t n = strlen(d->d_name);
		struct strbuf file = {0}, text = {0}, relname = {0};
		if (n < 3 || strcmp(d->d_name + n - 2, ".c"))
			continue;
		sb_addf(&relname, "%s%s%s", dir, *dir ? "/" : "", d->d_name);
		sb_addf(&file, "%s/%s", abs.buf, d->d_name);
		if (strcmp(relname.buf, rel) && !sb_read_file(&text, file.buf) &&
		    includes(text.buf, dir, rel))
			sb_addf(by, "%s%s", by->len ? ", " : "", relname.buf);
		sb_release(&file);
		sb_release(&text);
		sb_release(&relname);
	}
	if (dh)
		closedir(dh);
	sb_release(&abs);
}

/* "a/b/c.c" -> "a/b"; "c.c" -> "" (in place). */
static void cut_to_dir(char *path)
{
	char *slash = strrchr(path, '/');

	*(slash ? slash : path) = '\0';
}

bool kbuild_file_included(const char *srctree, const char *relfile, struct strbuf *why)
{
	struct strbuf by = {0};
	char *dir = xstrdup(relfile);

	cut_to_dir(dir);
	scan_dir(srctree, dir, relfile, &by);
	if (*dir) {	/* and the directory above (selftests/x.c) */
		cut_to_dir(dir);
		scan_dir(srctree, dir, relfile, &by);
	}
	free(dir);
	if (!by.len)
		return false;
	sb_reset(why);
	sb_addf(why, "not an object of its own: #included by %s (compiled as a part of it)",
		by.buf);
	sb_release(&by);
	return true;
}
