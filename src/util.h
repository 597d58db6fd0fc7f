/* Small helpers shared by every stage: checked allocation and a growable
 * string (git's strbuf idea), so no stage hand-rolls buffers. */
#ifndef PAGECHECK_UTIL_H
#define PAGECHECK_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Grow an array to hold at least want elements; cap is doubled. */
#define GROW(arr, count, cap)                                             \
	do {                                                              \
		if ((count) >= (cap)) {                                   \
			(cap) = (cap) ? 2 * (cap) : 8;                    \
			(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));  \
		}                                                         \
	} while (0)

struct strbuf {
	char *buf;
	size_t len, cap;
};

void sb_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void sb_adds(struct strbuf *sb, const char *s);
void sb_reset(struct strbuf *sb);
void sb_release(struct strbuf *sb);
/* Appends the whole file; -1 when it cannot be read. */
int sb_read_file(struct strbuf *sb, const char *path);
/* Hands the string over; sb is empty afterwards. */
char *sb_detach(struct strbuf *sb);

/* path made absolute with symbolic links resolved, also when its last
 * components do not exist yet (a build dir about to be created). */
char *absolute_path(const char *path);
/* Is path (absolute) dir itself or inside it? */
int path_within(const char *path, const char *dir);
/* A file replaced whole or not at all: replace_open() opens a temporary
 * beside path (its name kept in tmp); replace_commit() closes it and, when
 * every write succeeded, renames it over path, else removes it. Returns 0,
 * or -1 with errno set; tmp is released either way. */
FILE *replace_open(const char *path, struct strbuf *tmp);
int replace_commit(FILE *f, struct strbuf *tmp, const char *path);
/* NULL when path is a regular file we can read; else why not, in the
 * system's words ("No such file or directory", "is a directory", ...). */
const char *file_unreadable(const char *path);
/* mkdir -p; -1 with errno set when a component cannot be created. */
int mkdir_p(const char *path);

/* Seconds on a clock that only goes forward. */
double clock_seconds(void);

unsigned long long fnv1a(const char *s, unsigned long long h);
/* Does text name word as a whole C identifier (not inside a longer one)? */
bool text_has_word(const char *text, const char *word);

#endif
