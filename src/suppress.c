#include "suppress.h"
#include "../checkers/checker.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MARKER "pagecheck-ignore"

enum marker_kind { AT_LINE, RANGE_BEGIN, RANGE_END };

struct marker {
	enum marker_kind kind;
	unsigned line, end;	/* RANGE_BEGIN: through end (0: open to the end) */
	char *rule, *reason;
	bool used;
};

struct markers {
	struct marker *v;
	size_t n, cap;
};

/* "<rule> <reason>" up to the comment's end. */
static void read_words(const char *p, struct marker *m)
{
	const char *end = strstr(p, "*/"), *sp;

	if (!end)
		end = p + strcspn(p, "\n");
	while (p < end && isspace((unsigned char)*p))
		p++;
	sp = p;
	while (sp < end && !isspace((unsigned char)*sp))
		sp++;
	m->rule = strndup(p, (size_t)(sp - p));
	while (sp < end && isspace((unsigned char)*sp))
		sp++;
	while (end > sp && isspace((unsigned char)end[-1]))
		end--;
	m->reason = end > sp ? strndup(sp, (size_t)(end - sp)) : NULL;
}

static void scan_line(struct markers *ms, const char *line, unsigned no)
{
	const char *p = strstr(line, MARKER);
	struct marker m = {AT_LINE, no, 0, NULL, NULL, false};

	if (!p)
		return;
	p += strlen(MARKER);
	if (!strncmp(p, "-end", 4)) {
		for (size_t i = ms->n; i-- > 0;)
			if (ms->v[i].kind == RANGE_BEGIN && !ms->v[i].end) {
				ms->v[i].end = no;
				return;
			}
		m.kind = RANGE_END;	/* an end with no begin: reported */
	} else if (!strncmp(p, "-begin:", 7)) {
		m.kind = RANGE_BEGIN;
		read_words(p + 7, &m);
	} else if (*p == ':') {
		read_words(p + 1, &m);
	} else {
		return;	/* the word in prose, not a marker */
	}
	GROW(ms->v, ms->n, ms->cap);
	ms->v[ms->n++] = m;
}

static void scan_file(struct markers *ms, const char *path)
{
	struct strbuf text = {0};
	unsigned no = 1;

	if (sb_read_file(&text, path) || !strstr(text.buf, MARKER)) {
		sb_release(&text);
		return;
	}
	for (char *line = text.buf, *nl; line && *line; line = nl ? nl + 1 : NULL, no++) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		scan_line(ms, line, no);
	}
	sb_release(&text);
}

static bool covers(const struct marker *m, const struct finding *f)
{
	if (!m->reason || strcmp(m->rule, f->rule))
		return false;
	if (m->kind == AT_LINE)
		return f->line == m->line || f->line == m->line + 1;
	return m->kind == RANGE_BEGIN && f->line > m->line && (!m->end || f->line < m->end);
}

static void add_problem(struct results *r, const char *file, const struct marker *m,
			const char *problem)
{
	struct source_marker *p;

	GROW(r->markers, r->nmarkers, r->cmarkers);
	p = &r->markers[r->nmarkers++];
	p->file = xstrdup(file);
	p->line = m->line;
	p->problem = xstrdup(problem);
}

static const char *problem_of(const struct marker *m)
{
	if (m->kind == RANGE_END)
		return "ends a range no " MARKER "-begin opened";
	if (!m->rule || !*m->rule || !checker_id(m->rule))
		return "names no rule of pagecheck (see --list-rules)";
	if (!m->reason)
		return "gives no reason (a reason is required)";
	if (!m->used)
		return "suppresses nothing";
	return NULL;
}

/* The findings of file the markers cover move to r's suppressed list. */
static void apply_file(struct results *r, const char *file, struct markers *ms)
{
	size_t keep = 0;

	if (!ms->n)
		return;
	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		struct marker *by = NULL;
		for (size_t k = 0; k < ms->n && !by && !strcmp(f->file, file); k++)
			if (covers(&ms->v[k], f))
				by = &ms->v[k];
		if (!by) {
			r->f[keep++] = *f;
			continue;
		}
		by->used = true;
		GROW(r->suppressed, r->nsuppressed, r->csuppressed);
		r->suppressed[r->nsuppressed].finding = *f;
		r->suppressed[r->nsuppressed].reason = xstrdup(by->reason);
		r->suppressed[r->nsuppressed++].marker_line = by->line;
	}
	r->nf = keep;
	for (size_t k = 0; k < ms->n; k++) {
		const char *problem = problem_of(&ms->v[k]);
		if (problem)
			add_problem(r, file, &ms->v[k], problem);
		free(ms->v[k].rule);
		free(ms->v[k].reason);
	}
	ms->n = 0;
}

void suppress_apply(struct results *r, const char *srcdir)
{
	struct markers ms = {0};

	for (size_t i = 0; i < r->nfiles; i++) {
		struct strbuf path = {0};
		if (!r->files[i].analyzed)
			continue;
		if (srcdir && r->files[i].file[0] != '/')
			sb_addf(&path, "%s/", srcdir);
		sb_adds(&path, r->files[i].file);
		scan_file(&ms, path.buf);
		apply_file(r, r->files[i].file, &ms);
		sb_release(&path);
	}
	free(ms.v);
}
