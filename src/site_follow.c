/* A site whose page escapes its function (returned, its reference left to
 * the callers, stored in a field) is judged where the page went: by the
 * sites its callers record for the call (the helper's name as their API),
 * followed up as far as they go, and by the findings on pages read from
 * the field the reference stays in. generic_pipe_buf_get()'s try_get_page()
 * is then `missing` with the path to the I/O its pipe buffer's page reaches
 * in pipe_to_sendpage()'s callees, not "escapes". Runs on the final findings
 * (after the field stores, the CPU carriers and the secure arches judged
 * them), so a site is only as definite as the finding it ends at. */
#include "site_follow.h"
#include "bounds.h"
#include "findings.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The verdicts a page handed on can end in, the most telling first: one
 * caller's I/O without the guard decides, an unknown before a safe one. */
static int rank(const char *verdict)
{
	static const char *const order[] = {"missing", "escapes", "unanalyzed", "guarded",
					    "cpu-only", "released", "not-secure",
					    "kernel-private"};
	for (int i = 0; i < (int)(sizeof(order) / sizeof(order[0])); i++)
		if (!strcmp(verdict, order[i]))
			return i;
	return 1;
}

struct follow {
	struct results *r;
	char *state;		/* [site] 0 not yet, 1 on the stack, 2 settled */
	unsigned long depth;
};

static void path_step(struct site *s, const char *file, unsigned line, unsigned col,
		      const char *text)
{
	GROW(s->path, s->npath, s->cpath);
	s->path[s->npath++] = (struct note){xstrdup(file), line, col, xstrdup(text)};
}

/* The finding a site of its own function is about: the one whose notes
 * name the site's line, else the function's first on that expression. */
static struct finding *own_finding(const struct results *r, const struct site *s)
{
	struct finding *same_expr = NULL;

	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		if (strcmp(f->file, s->file) || strcmp(f->function, s->function))
			continue;
		for (size_t j = 0; j < f->nnotes; j++)
			if (f->notes[j].line == s->line && !strcmp(f->notes[j].file, s->file))
				return f;
		if (!same_expr && !strcmp(f->expr, s->expr))
			same_expr = f;
	}
	return same_expr;
}

static const char *finding_field(const struct finding *f)
{
	return f->field ? f->field : f->via_field;
}

/* A finding on a page read from the field the site's reference stays in;
 * a definite one first. */
static struct finding *field_finding(const struct results *r, const char *field)
{
	struct finding *best = NULL;

	for (size_t i = 0; field && i < r->nf; i++) {
		const char *ff = finding_field(&r->f[i]);
		if (!ff || strcmp(ff, field))
			continue;
		if (!best || (r->f[i].definite && !best->definite))
			best = &r->f[i];
	}
	return best;
}

static void end_at_finding(struct site *s, const struct finding *f, const char *how)
{
	char text[768];

	snprintf(text, sizeof(text), "%s: %s (%s)", how, f->message,
		 f->definite ? "definite" : "possible");
	path_step(s, f->file, f->line, f->col, text);
	free(s->finding);
	s->finding = xstrdup(f->fingerprint);
}

static void settle(struct follow *fw, size_t i);

/* What the sites a page went to are found by: the callers' sites of the
 * call (their API is the function), a helper's own sites (their function),
 * the sites that read a field (a reference taken on buf->page, an
 * accessor's page in its caller). */
enum site_key { BY_API, BY_FUNCTION, BY_FIELD };

static const char *key_of(const struct site *s, enum site_key k)
{
	return k == BY_API ? s->api : k == BY_FUNCTION ? s->function : s->field;
}

/* The most telling of the sites whose key is name, each settled first (the
 * shorter path among equals); n: how many there are. */
static const struct site *best_site(struct follow *fw, size_t i, enum site_key k,
				    const char *name, size_t *n)
{
	const struct site *best = NULL;

	*n = 0;
	for (size_t j = 0; name && j < fw->r->ns; j++) {
		const struct site *c = &fw->r->s[j];
		if (j == i || !key_of(c, k) || strcmp(key_of(c, k), name))
			continue;
		settle(fw, j);
		(*n)++;
		if (!best || rank(c->verdict) < rank(best->verdict) ||
		    (rank(c->verdict) == rank(best->verdict) && c->npath < best->npath))
			best = c;
	}
	return best;
}

static void say_where_it_ends(const struct results *r, struct site *s);

static void set_reason(struct site *s, const char *fmt, const char *arg)
{
	char text[512];

	snprintf(text, sizeof(text), fmt, arg);
	free(s->reason);
	s->reason = xstrdup(text);
}

/* The site's page reaches I/O unguarded in another function. */
static void ends_missing(const struct results *r, struct site *s)
{
	s->verdict = "missing";
	s->followed = true;
	say_where_it_ends(r, s);
}

/* The path goes on at next (missing): its steps after ours, its finding
 * ours, and the reason says where it ends. */
static void go_on_at(const struct results *r, struct site *s, const struct site *next)
{
	for (size_t k = 0; k < next->npath; k++)
		path_step(s, next->path[k].file, next->path[k].line, next->path[k].col,
			  next->path[k].text);
	if (next->finding) {
		free(s->finding);
		s->finding = xstrdup(next->finding);
	}
	ends_missing(r, s);
}

/* "returned to its callers; reaches I/O without the guard in f() (a.c:12,
 * definite)": the reason, with the finding the path ends at. */
static void say_where_it_ends(const struct results *r, struct site *s)
{
	char text[768];

	for (size_t i = 0; s->finding && i < r->nf; i++) {
		const struct finding *f = &r->f[i];
		if (strcmp(f->fingerprint, s->finding))
			continue;
		snprintf(text, sizeof(text), "%s; reaches I/O without the guard in %s() (%s:%u, %s)",
			 s->reason ? s->reason : "handed on", f->function, f->file, f->line,
			 f->definite ? "definite" : "possible");
		free(s->reason);
		s->reason = xstrdup(text);
		return;
	}
}

static void judge_escape(struct follow *fw, size_t i)
{
	struct site *s = &fw->r->s[i];
	const struct finding *f = field_finding(fw->r, s->into_field);
	size_t callers = 0, n;
	char text[512];
	const struct site *c = s->to_callers ? best_site(fw, i, BY_API, s->function, &callers)
					     : NULL;
	const struct site *took = s->through_helper ? best_site(fw, i, BY_FUNCTION, s->api, &n)
						    : NULL;
	const struct site *got = best_site(fw, i, BY_FUNCTION, s->handed_to, &n);
	/* the helper that took the reference, else the one it was handed to
	 * (an accessor's page handed on), whichever says more */
	const struct site *h = !got || (took && rank(took->verdict) <= rank(got->verdict)) ?
			       took : got;
	const struct site *reader = f ? NULL : best_site(fw, i, BY_FIELD, s->into_field, &n);

	if (reader && strcmp(reader->verdict, "missing"))
		reader = NULL;
	if (h && !strcmp(h->verdict, "missing")) {
		snprintf(text, sizeof(text), h == took ? "%s() takes the reference" :
			 "it is handed to %s()", h->function);
		path_step(s, h->file, h->line, h->col, text);
		if (h == got)
			set_reason(s, "handed to %s()", h->function);
		go_on_at(fw->r, s, h);
	} else if (c && !strcmp(c->verdict, "missing")) {
		snprintf(text, sizeof(text), "%s() takes it from %s()", c->function, s->function);
		path_step(s, c->file, c->line, c->col, text);
		go_on_at(fw->r, s, c);
	} else if (reader || f) {
		snprintf(text, sizeof(text), "its reference stays in '%s'", s->into_field);
		path_step(s, s->file, s->line, s->col, text);
		if (!s->reason || strncmp(s->reason, "stored in", 9))
			set_reason(s, "%s", text);
		if (reader) {
			snprintf(text, sizeof(text), "%s() reads it", reader->function);
			path_step(s, reader->file, reader->line, reader->col, text);
			go_on_at(fw->r, s, reader);
		} else {
			end_at_finding(s, f, "a page read from it reaches I/O");
			ends_missing(fw->r, s);
		}
	} else if (h && rank(h->verdict) > rank("unanalyzed") &&
		   (!c || rank(c->verdict) > rank("unanalyzed"))) {
		s->verdict = h->verdict;
		snprintf(text, sizeof(text), h == took ? "the reference %s() takes: %s there"
			 : "handed to %s(): %s there", h->function, h->verdict);
		free(s->reason);
		s->reason = xstrdup(text);
	} else if (c && callers && rank(c->verdict) > rank("unanalyzed")) {
		/* every caller's end is known and safe */
		s->verdict = c->verdict;
		if (callers == 1)
			snprintf(text, sizeof(text), "%s (its caller %s(): %s)",
				 s->reason ? s->reason : "handed on", c->function, c->verdict);
		else
			snprintf(text, sizeof(text), "%s (%s() and %zu more caller%s: %s)",
				 s->reason ? s->reason : "handed on", c->function, callers - 1,
				 callers == 2 ? "" : "s", c->verdict);
		free(s->reason);
		s->reason = xstrdup(text);
	}
}

static void settle(struct follow *fw, size_t i)
{
	struct site *s = &fw->r->s[i];

	if (fw->state[i])
		return;	/* settled, or a recursion: what it says so far */
	fw->state[i] = 1;
	if (!strcmp(s->verdict, "missing") && !s->npath) {
		const struct finding *f = own_finding(fw->r, s);
		if (f)
			end_at_finding(s, f, "reaches I/O");
	} else if (!strcmp(s->verdict, "escapes") &&
		   fw->depth >= bound_limit(BOUND_TRACE_HOPS)) {
		results_note_truncated(fw->r, BOUND_TRACE_HOPS, s->file, s->function);
	} else if (!strcmp(s->verdict, "escapes")) {
		fw->depth++;
		judge_escape(fw, i);
		fw->depth--;
	}
	fw->state[i] = 2;
}

/* Each finding names, at most three of them, the sites in other functions
 * whose pages it is about. */
static void name_sites(struct results *r)
{
	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		struct strbuf sb = {0};
		int named = 0, more = 0;
		const struct site *first = NULL;
		for (size_t j = 0; j < r->ns; j++) {
			const struct site *s = &r->s[j];
			if (!s->finding || strcmp(s->finding, f->fingerprint) ||
			    (!strcmp(s->file, f->file) && !strcmp(s->function, f->function)))
				continue;
			if (named == 3) {
				more++;
				continue;
			}
			sb_addf(&sb, "%s%s() in %s() (%s:%u)", named ? ", " : "", s->api,
				s->function, s->file, s->line);
			if (!first)
				first = s;
			named++;
		}
		if (first) {
			char text[1024];
			if (more)
				sb_addf(&sb, " and %d more", more);
			snprintf(text, sizeof(text), "the new reference%s it is about: %s",
				 named + more > 1 ? "s" : "", sb.buf);
			finding_add_note(f, first->file, first->line, first->col, text);
		}
		sb_release(&sb);
	}
}

void sites_follow(struct results *r)
{
	struct follow fw = {r, xcalloc(r->ns + 1, 1), 0};

	for (size_t i = 0; i < r->ns; i++)
		settle(&fw, i);
	free(fw.state);
	name_sites(r);
}
