/* The tree's source files as lines, read once each, and the extent of the
 * function around a line: kernel style opens and closes a function body
 * with a brace in column 1, so the listing of a path can show the whole
 * function without a parser. */
#ifndef PAGECHECK_AUDIT_SOURCE_H
#define PAGECHECK_AUDIT_SOURCE_H

#include <stddef.h>

struct audit_source_file {
	char *rel;		/* as the report names it */
	char *text;		/* NULL: could not be read */
	char **lines;		/* into text, '\0'-terminated */
	size_t nlines;
};

struct audit_sources {
	char *srctree;		/* NULL: no listings */
	struct audit_source_file *v;
	size_t n, cap;
};

struct function_extent {
	unsigned first;		/* its first signature line */
	unsigned brace;		/* the line of its opening brace */
	unsigned last;		/* its closing brace */
	char name[128];		/* "" when the signature does not say */
};

/* The file's line (1-based), NULL when the file or line is not there. */
const char *audit_source_line(struct audit_sources *s, const char *rel, unsigned line);
size_t audit_source_lines(struct audit_sources *s, const char *rel);
/* 0 and the function around line (or whose signature holds it), or -1. */
int audit_function_extent(struct audit_sources *s, const char *rel, unsigned line,
			  struct function_extent *out);
void audit_sources_free(struct audit_sources *s);

#endif
