#include "audit_source.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How far a function's brace is looked for: longer kernel functions are
 * rare, and a wrong guess only shows fewer lines. */
#define MAX_FUNCTION_LINES 1500
#define MAX_SIGNATURE_LINES 12

static struct audit_source_file *source_file(struct audit_sources *s, const char *rel)
{
	struct audit_source_file *f;
	struct strbuf path = {0}, text = {0};
	size_t cap = 0;

	if (!s->srctree)
		return NULL;
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->v[i].rel, rel))
			return &s->v[i];
	GROW(s->v, s->n, s->cap);
	f = &s->v[s->n++];
	memset(f, 0, sizeof(*f));
	f->rel = xstrdup(rel);
	sb_addf(&path, "%s/%s", s->srctree, rel);
	/* a path out of the tree ("../x") is not listed */
	if (!strstr(rel, "..") && rel[0] != '/' && sb_read_file(&text, path.buf) == 0) {
		f->text = text.buf ? sb_detach(&text) : xstrdup("");
		for (char *p = f->text; *p;) {
			char *nl = strchr(p, '\n');
			GROW(f->lines, f->nlines, cap);
			f->lines[f->nlines++] = p;
			if (!nl)
				break;
			*nl = '\0';
			p = nl + 1;
		}
	}
	sb_release(&text);
	sb_release(&path);
	return f;
}

const char *audit_source_line(struct audit_sources *s, const char *rel, unsigned line)
{
	struct audit_source_file *f = source_file(s, rel);

	return f && f->text && line >= 1 && line <= f->nlines ? f->lines[line - 1] : NULL;
}

size_t audit_source_lines(struct audit_sources *s, const char *rel)
{
	struct audit_source_file *f = source_file(s, rel);

	return f && f->text ? f->nlines : 0;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n >= m && !strncmp(s + n - m, tail, m);
}

/* The line that opens the function's body: back from line unless a
 * closing brace comes first (then line is outside a body: a signature,
 * and the brace follows). */
static unsigned opening_brace(char **lines, size_t n, unsigned line)
{
	for (unsigned l = line; l >= 1 && line - l < MAX_FUNCTION_LINES; l--) {
		if (lines[l - 1][0] == '{')
			return l;
		if (lines[l - 1][0] == '}' && l != line)
			break;
	}
	for (unsigned l = line; l <= n && l - line < MAX_SIGNATURE_LINES; l++)
		if (lines[l - 1][0] == '{')
			return l;
	return 0;
}

/* The identifier before the signature's first '(' */
static void function_name(char **lines, unsigned first, unsigned brace, char *out, size_t size)
{
	out[0] = '\0';
	for (unsigned l = first; l < brace; l++) {
		const char *paren = strchr(lines[l - 1], '('), *start;
		if (!paren)
			continue;
		start = paren;
		while (start > lines[l - 1] && (isalnum((unsigned char)start[-1]) || start[-1] == '_'))
			start--;
		snprintf(out, size, "%.*s", (int)(paren - start), start);
		return;
	}
}

int audit_function_extent(struct audit_sources *s, const char *rel, unsigned line,
			  struct function_extent *out)
{
	struct audit_source_file *f = source_file(s, rel);
	unsigned brace, last, first;

	if (!f || !f->text || line < 1 || line > f->nlines)
		return -1;
	if (!(brace = opening_brace(f->lines, f->nlines, line)))
		return -1;
	for (last = brace + 1; last <= f->nlines && f->lines[last - 1][0] != '}'; last++)
		;
	if (last > f->nlines || last < line)
		return -1;
	for (first = brace; first > 1 && brace - first < MAX_SIGNATURE_LINES; first--) {
		const char *prev = f->lines[first - 2];
		if (!prev[strspn(prev, " \t")] || prev[0] == '}' || prev[0] == '#' ||
		    ends_with(prev, ";") || ends_with(prev, "*/"))
			break;
	}
	out->first = first;
	out->brace = brace;
	out->last = last;
	function_name(f->lines, first, brace, out->name, sizeof(out->name));
	return 0;
}

void audit_sources_free(struct audit_sources *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].rel);
		free(s->v[i].text);
		free(s->v[i].lines);
	}
	free(s->v);
	free(s->srctree);
	memset(s, 0, sizeof(*s));
}
