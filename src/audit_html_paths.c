/* Each finding's path as scan-build draws one: the source of every
 * function the path crosses, in the order the path enters them, with the
 * steps as numbered notes under their lines. Long functions keep their
 * signature and the lines around the steps; the rest is elided. */
#include "audit_html.h"
#include "audit_escape.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define CONTEXT_LINES 3		/* shown around a step in a long function */

struct step {
	const char *file, *text;
	unsigned line;
	bool last;		/* the finding itself */
};

/* A function (or, without its source, a few lines) the path crosses */
struct block {
	const char *file;
	struct function_extent fn;	/* first..last; name "" when unknown */
	size_t *steps, nsteps, cap;	/* indexes of the path's steps in it */
};

struct path {
	struct step *steps;
	size_t nsteps, cap;
	struct block *blocks;
	size_t nblocks, cblocks;
};

static void path_collect(struct path *p, json_object *finding)
{
	json_object *trace;

	json_object_object_get_ex(finding, "trace", &trace);
	for (size_t i = 0; i <= json_object_array_length(trace); i++) {
		bool last = i == json_object_array_length(trace);
		json_object *o = last ? finding : json_object_array_get_idx(trace, i);
		GROW(p->steps, p->nsteps, p->cap);
		p->steps[p->nsteps++] = (struct step){audit_str(o, "file"),
			audit_str(o, last ? "message" : "step"), (unsigned)audit_int(o, "line"), last};
	}
}

static struct block *block_of(struct path *p, struct audit_sources *src, const struct step *st)
{
	struct function_extent fn = {0};

	if (audit_function_extent(src, st->file, st->line, &fn)) {
		fn.first = st->line > CONTEXT_LINES ? st->line - CONTEXT_LINES : 1;
		fn.brace = fn.first;
		fn.last = st->line + CONTEXT_LINES;
	}
	for (size_t i = 0; i < p->nblocks; i++)
		if (!strcmp(p->blocks[i].file, st->file) && p->blocks[i].fn.first <= st->line &&
		    st->line <= p->blocks[i].fn.last)
			return &p->blocks[i];
	GROW(p->blocks, p->nblocks, p->cblocks);
	memset(&p->blocks[p->nblocks], 0, sizeof(p->blocks[0]));
	p->blocks[p->nblocks].file = st->file;
	p->blocks[p->nblocks].fn = fn;
	return &p->blocks[p->nblocks++];
}

static void path_group(struct path *p, struct audit_sources *src)
{
	for (size_t i = 0; i < p->nsteps; i++) {
		struct block *b = block_of(p, src, &p->steps[i]);
		GROW(b->steps, b->nsteps, b->cap);
		b->steps[b->nsteps++] = i;
	}
}

static void path_free(struct path *p)
{
	for (size_t i = 0; i < p->nblocks; i++)
		free(p->blocks[i].steps);
	free(p->blocks);
	free(p->steps);
}

/* Shown: the signature, the closing brace, and lines near a step */
static bool line_shown(const struct path *p, const struct block *b, unsigned line)
{
	if (line <= b->fn.brace || line == b->fn.last || b->fn.last - b->fn.first < 40)
		return true;
	for (size_t i = 0; i < b->nsteps; i++) {
		unsigned at = p->steps[b->steps[i]].line;
		if (line + CONTEXT_LINES >= at && line <= at + CONTEXT_LINES)
			return true;
	}
	return false;
}

static void step_notes(FILE *out, const struct path *p, const struct block *b, unsigned line)
{
	for (size_t i = 0; i < b->nsteps; i++) {
		const struct step *st = &p->steps[b->steps[i]];
		if (st->line == line)
			html_printf(out, "<div class=\"step%s\"><span class=\"num\">%zu</span>%s</div>",
				    st->last ? " last" : "", b->steps[i] + 1, st->text);
	}
}

static bool has_step(const struct path *p, const struct block *b, unsigned line)
{
	for (size_t i = 0; i < b->nsteps; i++)
		if (p->steps[b->steps[i]].line == line)
			return true;
	return false;
}

static void block_listing(FILE *out, const struct path *p, const struct block *b,
			  struct audit_sources *src)
{
	size_t nlines = audit_source_lines(src, b->file);
	unsigned elided = 0;

	html_printf(out, "<div class=\"fn\"><div class=\"fn-head\">%s%s%s</div>\n", b->file,
		    b->fn.name[0] ? ": " : "", b->fn.name);
	fputs("<div class=\"src\">", out);
	for (unsigned l = b->fn.first; l <= b->fn.last && l <= nlines; l++) {
		if (!line_shown(p, b, l)) {
			elided++;
			continue;
		}
		if (elided)
			fprintf(out, "<div class=\"gap\">\t… %u lines …</div>", elided);
		elided = 0;
		fprintf(out, "<div%s><span class=\"ln\">%u</span>", has_step(p, b, l) ?
			" class=\"hit\"" : "", l);
		html_put(out, audit_source_line(src, b->file, l));
		fputs("</div>", out);
		step_notes(out, p, b, l);
	}
	if (!nlines)	/* no source: the steps alone, under their line numbers */
		for (size_t i = 0; i < b->nsteps; i++) {
			fprintf(out, "<div><span class=\"ln\">%u</span>(source not found)</div>",
				p->steps[b->steps[i]].line);
			step_notes(out, p, b, p->steps[b->steps[i]].line);
		}
	fputs("</div></div>\n", out);
}

/* "crosses 2 functions in 1 file: block/bio.c" */
static void crossings(FILE *out, const struct path *p)
{
	struct audit_values files = {0};

	for (size_t i = 0; i < p->nblocks; i++)
		audit_values_add(&files, p->blocks[i].file);
	fprintf(out, "<div class=\"crosses\">%zu steps; crosses %zu function%s in %zu file%s:",
		p->nsteps, p->nblocks, p->nblocks == 1 ? "" : "s", files.n, files.n == 1 ? "" : "s");
	for (size_t i = 0; i < files.n; i++)
		html_printf(out, " <code>%s</code>", files.v[i]);
	fputs("</div>\n", out);
	audit_values_free(&files);
}

static void finding_entry(FILE *out, struct audit *a, json_object *f, size_t index)
{
	const char *conf = audit_str(f, "confidence"), *file = audit_str(f, "file");
	struct path p = {0};
	char text[1024];

	path_collect(&p, f);
	path_group(&p, &a->sources);
	snprintf(text, sizeof(text), "%s %s %s %s", file, audit_str(f, "function"),
		 audit_str(f, "expression"), audit_str(f, "message"));
	html_printf(out, "<details class=\"finding\" id=\"finding-%zu\"", index + 1);
	html_filter_attributes(out, audit_finding_verdict(f), audit_str(f, "rule"), conf, file,
			       text);
	html_printf(out, "><summary><span class=\"c-%s\">%s</span> <b>%s</b> "
		    "<code>%s:%d</code> in <code>%s()</code>: %s</summary>\n", conf, conf,
		    audit_str(f, "rule"), file, audit_int(f, "line"), audit_str(f, "function"),
		    audit_str(f, "message"));
	html_printf(out, "<div class=\"crosses\">fingerprint <code>%s</code></div>",
		    audit_str(f, "fingerprint"));
	crossings(out, &p);
	for (size_t i = 0; i < p.nblocks; i++)
		block_listing(out, &p, &p.blocks[i], &a->sources);
	fputs("</details>\n", out);
	path_free(&p);
}

void html_findings(FILE *out, struct audit *a)
{
	size_t n = json_object_array_length(a->findings);

	html_printf(out, "<h2 id=\"findings\">Findings: %zu</h2>\n", n);
	if (!a->sources.srctree)
		fputs("<p>(the tree's sources were not given: the paths are shown without "
		      "their lines; pagecheck audit --source=DIR)</p>\n", out);
	for (size_t i = 0; i < n; i++)
		finding_entry(out, a, json_object_array_get_idx(a->findings, i), i);
}
