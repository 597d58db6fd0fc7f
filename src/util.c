#include "util.h"
#include <ctype.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void)
{
	fputs("pagecheck: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return;
	if (sb->len + (size_t)n + 1 > sb->cap) {
		sb->cap = (sb->len + (size_t)n + 1) * 2;
		sb->buf = xrealloc(sb->buf, sb->cap);
	}
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_addf(sb, "%s", s);
}

void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

void sb_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

int sb_read_file(struct strbuf *sb, const char *path)
{
	FILE *f = fopen(path, "r");
	char buf[65536];
	size_t n;
	int err;

	if (!f)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		while (sb->len + n + 1 > sb->cap)
			sb->cap = sb->cap ? 2 * sb->cap : sizeof(buf);
		sb->buf = xrealloc(sb->buf, sb->cap);
		memcpy(sb->buf + sb->len, buf, n);
		sb->len += n;
		sb->buf[sb->len] = '\0';
	}
	err = ferror(f);
	fclose(f);
	return err ? -1 : 0;
}

char *sb_detach(struct strbuf *sb)
{
	char *s = sb->buf ? sb->buf : xstrdup("");
	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return s;
}

unsigned long long fnv1a(const char *s, unsigned long long h)
{
	if (!h)
		h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

double clock_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *absolute_path(const char *path)
{
	char real[PATH_MAX];
	struct strbuf sb = {0};
	char *parent, *slash;

	if (realpath(path, real))
		return xstrdup(real);
	/* resolve what exists, append the rest */
	parent = xstrdup(path);
	slash = strrchr(parent, '/');
	while (slash && slash > parent && slash[1] == '\0') {	/* trailing '/' */
		*slash = '\0';
		slash = strrchr(parent, '/');
	}
	if (!slash) {
		if (!getcwd(real, sizeof(real)))
			strcpy(real, ".");
		sb_addf(&sb, "%s/%s", real, parent);
	} else {
		char *head;
		*slash = '\0';
		head = absolute_path(*parent ? parent : "/");
		sb_addf(&sb, "%s/%s", strcmp(head, "/") ? head : "", slash + 1);
		free(head);
	}
	free(parent);
	return sb_detach(&sb);
}

int path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

FILE *replace_open(const char *path, struct strbuf *tmp)
{
	sb_reset(tmp);
	sb_addf(tmp, "%s.tmp", path);
	return fopen(tmp->buf, "w");
}

int replace_commit(FILE *f, struct strbuf *tmp, const char *path)
{
	int r = !f;

	if (f) {
		r = ferror(f);
		r |= fclose(f);
		if (!r)
			r = rename(tmp->buf, path);
		if (r)
			unlink(tmp->buf);
	}
	sb_release(tmp);
	return r ? -1 : 0;
}

const char *file_unreadable(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return strerror(errno);
	if (S_ISDIR(st.st_mode))
		return "is a directory";
	if (!S_ISREG(st.st_mode))
		return "not a regular file";
	if (access(path, R_OK))
		return strerror(errno);
	return NULL;
}

int mkdir_p(const char *path)
{
	char *copy = xstrdup(path);

	for (char *p = copy + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0777) && errno != EEXIST) {
			free(copy);
			return -1;
		}
		*p = '/';
	}
	free(copy);
	return mkdir(path, 0777) && errno != EEXIST ? -1 : 0;
}

bool text_has_word(const char *text, const char *word)
{
	size_t n = strlen(word);

	for (const char *at = strstr(text, word); at; at = strstr(at + 1, word)) {
		bool before = at > text && (isalnum((unsigned char)at[-1]) || at[-1] == '_');
		bool after = isalnum((unsigned char)at[n]) || at[n] == '_';
		if (!before && !after)
			return true;
	}
	return false;
}
