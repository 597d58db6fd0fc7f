/* Which files of a tree to parse: a token scan, no preprocessing. A file is
 * a candidate when it calls (an identifier followed by "(") one of the
 * names given, which tree runs take from rules.yaml: every sink and guard;
 * or, for a name given as ".field", when it names that field after "." or
 * "->" (the page_ops: ->sendpage( and .sendpage = tcp_sendpage); or, for
 * "struct name", when it names that struct (where a catalog field's struct
 * is filled: lib/iov_iter.c's push_page() fills pipe buffers).
 * Reading the raw text keeps it about as fast as grep (a second on a warm
 * 6.1 tree); sparse or semind would have to preprocess every file. */
#include "tree_scan.h"
#include "util.h"

#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Not kernel code, or not built for any architecture we configure. */
static const char *const skipped_top[] = {
	"Documentation", "tools", "scripts", "samples", "usr", ".git", NULL,
};

struct name_set {
	unsigned long long *hash;
	char **name;
	size_t size;	/* power of two */
};

static void set_init(struct name_set *s, const struct argv_list *names)
{
	s->size = 64;
	while (s->size < 4 * (size_t)names->n)
		s->size *= 2;
	s->hash = xcalloc(s->size, sizeof(*s->hash));
	s->name = xcalloc(s->size, sizeof(*s->name));
	for (int i = 0; i < names->n; i++) {
		unsigned long long h = fnv1a(names->v[i], 0);
		size_t j = h & (s->size - 1);
		while (s->name[j])
			j = (j + 1) & (s->size - 1);
		s->hash[j] = h;
		s->name[j] = names->v[i];
	}
}

static bool set_has(const struct name_set *s, const char *id, size_t n)
{
	unsigned long long h = 1469598103934665603ULL;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)id[i];
		h *= 1099511628211ULL;
	}
	for (size_t j = h & (s->size - 1); s->name[j]; j = (j + 1) & (s->size - 1))
		if (s->hash[j] == h && !strncmp(s->name[j], id, n) && !s->name[j][n])
			return true;
	return false;
}

static bool is_ident(int c)
{
	return isalnum(c) || c == '_';
}

/* id, written after "." or "->" (a field read, called or initialized), is
 * one of the names given as ".field". */
static bool member_named(const struct name_set *s, const char *text, size_t start, size_t n)
{
	char member[128];
	size_t k = start;

	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
		k--;
	if (!k || n + 2 > sizeof(member) ||
	    !(text[k - 1] == '.' || (k >= 2 && text[k - 1] == '>' && text[k - 2] == '-')))
		return false;
	member[0] = '.';
	memcpy(member + 1, text + start, n);
	return set_has(s, member, n + 1);
}

/* id, written after the keyword struct, is one of the names given as
 * "struct id" (a catalog field's struct: the files that fill it). */
static bool struct_named(const struct name_set *s, const char *text, size_t start, size_t n)
{
	char key[136];
	size_t k = start;

	while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
		k--;
	if (k == start || k < 6 || strncmp(text + k - 6, "struct", 6) ||
	    (k > 6 && is_ident((unsigned char)text[k - 7])) || n + 8 > sizeof(key))
		return false;
	memcpy(key, "struct ", 7);
	memcpy(key + 7, text + start, n);
	return set_has(s, key, n + 7);
}

static bool calls_a_name(const struct name_set *s, const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		size_t start;
		if (!is_ident((unsigned char)text[i]) || isdigit((unsigned char)text[i]))
			continue;
		start = i;
		while (i < len && is_ident((unsigned char)text[i]))
			i++;
		{
			size_t j = i;
			while (j < len && (text[j] == ' ' || text[j] == '\t'))
				j++;
			if (j < len && text[j] == '(' && set_has(s, text + start, i - start))
				return true;
		}
		if (member_named(s, text, start, i - start) ||
		    struct_named(s, text, start, i - start))
			return true;
	}
	return false;
}

struct walk {
	const struct name_set *names;
	const char *arch;
	struct argv_list *out;
	size_t scanned;
	struct strbuf text;
};

static void scan_file(struct walk *w, const char *path, const char *rel)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return;
	sb_reset(&w->text);
	do {
		if (w->text.cap - w->text.len < 65536) {
			w->text.cap = w->text.cap * 2 + 65536;
			w->text.buf = xrealloc(w->text.buf, w->text.cap);
		}
		n = read(fd, w->text.buf + w->text.len, w->text.cap - w->text.len - 1);
		if (n > 0)
			w->text.len += (size_t)n;
	} while (n > 0);
	close(fd);
	w->scanned++;
	if (calls_a_name(w->names, w->text.buf, w->text.len))
		argv_push(w->out, rel);
}

static bool skipped(const struct walk *w, const char *rel)
{
	for (int i = 0; skipped_top[i]; i++)
		if (!strcmp(rel, skipped_top[i]))
			return true;
	/* another architecture's code does not build for this one */
	return !strncmp(rel, "arch/", 5) && !strchr(rel + 5, '/') && strcmp(rel + 5, w->arch);
}

static void walk_dir(struct walk *w, const char *root, const char *rel)
{
	struct strbuf path = {0};
	DIR *d;
	struct dirent *e;

	sb_addf(&path, "%s%s%s", root, *rel ? "/" : "", rel);
	d = opendir(path.buf);
	sb_release(&path);
	if (!d)
		return;
	while ((e = readdir(d))) {
		struct strbuf child = {0}, full = {0};
		size_t n = strlen(e->d_name);
		if (e->d_name[0] == '.')
			continue;
		sb_addf(&child, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		sb_addf(&full, "%s/%s", root, child.buf);
		if (e->d_type == DT_DIR) {
			if (!skipped(w, child.buf))
				walk_dir(w, root, child.buf);
		} else if ((e->d_type == DT_REG || e->d_type == DT_UNKNOWN) && n > 2 &&
			   !strcmp(e->d_name + n - 2, ".c")) {
			scan_file(w, full.buf, child.buf);
		} else if (e->d_type == DT_UNKNOWN) {
			struct stat st;
			if (!stat(full.buf, &st) && S_ISDIR(st.st_mode) && !skipped(w, child.buf))
				walk_dir(w, root, child.buf);
		}
		sb_release(&child);
		sb_release(&full);
	}
	closedir(d);
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t tree_scan(const char *srctree, const char *arch, const struct argv_list *names,
		 struct argv_list *out)
{
	struct name_set set;
	struct walk w = {&set, arch, out, 0, {0}};

	set_init(&set, names);
	walk_dir(&w, srctree, "");
	if (out->n > 1)
		qsort(out->v, (size_t)out->n, sizeof(out->v[0]), by_string);
	sb_release(&w.text);
	free(set.hash);
	free(set.name);
	return w.scanned;
}
