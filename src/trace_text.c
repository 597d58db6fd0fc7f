/* The words of a finding: its message, and its trace from where the page
 * comes from to where its I/O starts, through the summaries of the
 * helpers on the way. */
#include "engine.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const struct object *check_object(struct check_ctx *ctx, int obj)
{
	return &ctx->fn->objs[obj];
}

const struct catalog *check_catalog(struct check_ctx *ctx)
{
	return ctx->cat;
}

struct loc io_warning_loc(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];

	if ((io->kind == IO_SUBMIT || io->kind == IO_RETURN) && o->has_attach)
		return o->attach;
	return io->loc;
}

const char *io_api(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];

	if ((io->kind == IO_SUBMIT || io->kind == IO_RETURN) && o->has_attach)
		return o->attach_api;
	return io->ev ? io->ev->callee : "?";
}

const char *guard_for(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = &ctx->fn->objs[io->obj];
	const struct api *sink, *site;
	unsigned has;
	bool folio;

	if (o->guard_api)
		return o->guard_api;
	sink = catalog_find(ctx->cat, io_api(ctx, io));
	site = o->site_api ? catalog_find(ctx->cat, o->site_api) : NULL;
	folio = (sink && sink->folio) || (site && site->folio);
	/* the one the tree has, when it has only one (6.12: the folio's) */
	has = ctx->fn->guards_declared;
	if (has == GUARD_OF_FOLIO || has == GUARD_OF_PAGE)
		folio = has == GUARD_OF_FOLIO;
	return catalog_guard_name(ctx->cat, folio);
}

/* A call through a page_ops field that is I/O by what the catalog says
 * the kernel stores there, since nothing stored there is analyzed. */
static void note_ops_io(struct finding *f, const struct api *a, const char *file,
			unsigned line, unsigned col)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "no function stored in %s is analyzed: it starts I/O on its argument %d "
		"by rules.yaml page_ops: %s", a->name, a->page + 1, a->reason);
	finding_add_note(f, file, line, col, sb.buf);
	sb_release(&sb);
}

/* A call that does what it does by its computed summary: show where. */
static void note_summary(struct check_ctx *ctx, struct finding *f, const char *name)
{
	const char *file = ctx->fn->file;
	unsigned line = 0, col = 0;

	/* down the chain of summarized helpers, to the catalog call inside */
	for (int depth = 0; name && depth < 4; depth++) {
		const struct api *a = catalog_find(ctx->cat, name);
		char buf[256];

		if (a && a->ops_io && line)
			note_ops_io(f, a, file, line, col);
		if (!a || !a->summary)
			return;
		if (a->cls == API_GUARD)
			snprintf(buf, sizeof(buf), "%s() makes %s %d accessible%s (its summary)",
				 a->name, a->page_array ? "the pages of its argument" :
				 "its argument", a->page + 1, a->implicit_guard ? "" :
				 " and returns whether it did");
		else if (a->page == PAGE_RETURN)
			snprintf(buf, sizeof(buf), "%s() returns a page with a new reference on "
				 "every normal return (its summary)", a->name);
		else if (a->page_array)
			snprintf(buf, sizeof(buf), "%s() fills its argument %d with pages it takes "
				 "new references on (its summary)", a->name, a->page + 1);
		else if (a->cls == API_SINK && a->sink == SINK_DIRECT)
			snprintf(buf, sizeof(buf), "%s() starts I/O on its argument %d (its "
				 "summary)", a->name, a->page + 1);
		else if (a->cls == API_SINK)
			snprintf(buf, sizeof(buf), "%s() puts its argument %d into a carrier (its "
				 "summary)", a->name, a->page + 1);
		else
			snprintf(buf, sizeof(buf), "%s() takes a reference on its argument %d on "
				 "every normal return%s (its summary)", a->name, a->page + 1,
				 a->returns_arg ? " and hands it back" : "");
		finding_add_note(f, a->def_file ? a->def_file : ctx->fn->file, (unsigned)a->line, 1,
				 buf);
		/* a recursive helper is its own inner call: once is enough */
		if (!a->inner_api || !a->inner_line || !strcmp(a->inner_api, a->name))
			return;
		snprintf(buf, sizeof(buf), "in %s(): %s %s()", a->name,
			 a->cls == API_GUARD ? "made accessible by" :
			 a->cls == API_SINK && a->sink == SINK_DIRECT ? "I/O started by" :
			 a->cls == API_SINK ? "put into a carrier by" :
			 a->page == PAGE_RETURN ? "the page comes from" :
			 a->page_array ? "the pages come from" : "new reference taken by",
			 a->inner_api);
		file = a->def_file ? a->def_file : ctx->fn->file;
		line = a->inner_line;
		col = a->inner_col;
		finding_add_note(f, file, line, col, buf);
		name = a->inner_api;
	}
}

static void trace(struct check_ctx *ctx, struct finding *f, const struct object *o,
		  const struct io_site *io, struct loc where)
{
	char buf[512], origin[64];
	const char *file = ctx->fn->file;

	origin_describe(o->origin, origin, sizeof(origin));
	if (o->kind == OBJ_CALL)
		snprintf(buf, sizeof(buf), "'%s' comes from %s() (%s pages)%s", o->name,
			 o->site_api, origin,
			 o->acquired_here ? ", which takes a new reference" : "");
	else if (o->origin_from_field)
		snprintf(buf, sizeof(buf), "'%s' may hold %s pages (catalog field)",
			 o->name, origin);
	else if (o->field)
		snprintf(buf, sizeof(buf), "'%s' is read from '%s': its origin is what the "
			 "analyzed files store there", o->name, o->field);
	else if (o->unknown_call)
		snprintf(buf, sizeof(buf), "'%s' comes from %s(), which nothing analyzed "
			 "describes: unknown origin", o->name, o->unknown_call);
	else
		snprintf(buf, sizeof(buf), "'%s' has unknown origin (parameter or "
			 "caller-provided page)", o->name);
	if (o->kind == OBJ_CALL)
		finding_add_note(f, file, o->site.line, o->site.col, buf);
	else if (o->has_acq)
		finding_add_note(f, file, o->acq.line, o->acq.col, buf);
	else
		finding_add_note(f, file, ctx->fn->loc.line, ctx->fn->loc.col, buf);
	if (o->kind == OBJ_CALL)
		note_summary(ctx, f, o->site_api);
	if (o->has_acq) {
		const struct api *acq = catalog_find(ctx->cat, o->acq_api);
		snprintf(buf, sizeof(buf), "%s taken by %s()",
			 acq && acq->cls == API_LOCK ? "page lock" : "new reference", o->acq_api);
		finding_add_note(f, file, o->acq.line, o->acq.col, buf);
		note_summary(ctx, f, o->acq_api);
	}
	if (o->has_attach)
		note_summary(ctx, f, o->attach_api);
	if (o->has_guard && ctx->current->trace_shows_guard) {
		snprintf(buf, sizeof(buf), "%s() called here", o->guard_api);
		finding_add_note(f, file, o->guard.line, o->guard.col, buf);
		note_summary(ctx, f, o->guard_api);
	}
	if (!io)
		return;
	if (io->kind == IO_SUBMIT)
		snprintf(buf, sizeof(buf), "I/O starts here: %s() submits the carrier",
			 io->ev->callee);
	else if (io->kind == IO_RETURN)
		snprintf(buf, sizeof(buf), "returns with the page attached to a live "
			 "carrier: I/O starts in a caller");
	else
		snprintf(buf, sizeof(buf), "I/O starts here: %s()", io->ev->callee);
	if (io->kind == IO_SUBMIT || io->kind == IO_RETURN || io->loc.line != where.line ||
	    io->loc.col != where.col)
		finding_add_note(f, file, io->loc.line, io->loc.col, buf);
	else
		finding_add_note(f, file, where.line, where.col, buf);
	/* a helper that starts the I/O itself: where, inside it */
	if (io->kind == IO_DIRECT && io->ev && io->ev->api && io->ev->api->summary)
		note_summary(ctx, f, io->ev->callee);
	else if (io->kind == IO_DIRECT && io->ev && io->ev->api && io->ev->api->ops_io)
		note_ops_io(f, io->ev->api, file, io->loc.line, io->loc.col);
}

/* The sink is a helper whose carrier only the CPU reads (its summary
 * says so): not device I/O we can show, so possible, with the reason. */
static void cap_cpu_carrier(struct check_ctx *ctx, struct finding *f, const struct object *o,
			    const struct io_site *io, struct loc where)
{
	const struct api *sink = NULL;

	if (!io || !f->definite)
		return;
	if ((io->kind == IO_SUBMIT || io->kind == IO_RETURN) && o->has_attach)
		sink = catalog_find(ctx->cat, o->attach_api);
	else if (io->ev)
		sink = io->ev->api;
	if (!sink || !sink->cpu)
		return;
	f->definite = false;
	cpu_carrier_note(f, ctx->fn->file, where.line, where.col, sink->cpu);
}

struct finding *check_report(struct check_ctx *ctx, int obj, struct loc where,
			     const struct io_site *io, const char *fmt, ...)
{
	const char *rule = ctx->current->id;
	struct object *o = &ctx->fn->objs[obj];
	struct strbuf msg = {0};
	struct finding *f;
	va_list ap;

	if (!(o->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN)))
		return NULL;	/* kernel-private or pinned: never secure here */
	for (size_t i = ctx->first_finding; i < ctx->out->nf; i++) {
		f = &ctx->out->f[i];
		if (!strcmp(f->rule, rule) && f->line == where.line && f->col == where.col &&
		    !strcmp(f->expr, o->name))
			return NULL;
	}
	va_start(ap, fmt);
	sb_vaddf(&msg, fmt, ap);
	va_end(ap);
	f = results_add_finding(ctx->out);
	f->rule = rule;
	f->definite = (o->origin & ORIGIN_MAY_BE_SECURE) != 0;
	f->file = xstrdup(ctx->fn->file);
	f->function = xstrdup(ctx->fn->name);
	f->expr = xstrdup(o->name);
	f->line = where.line;
	f->col = where.col;
	f->message = sb_detach(&msg);
	f->field = o->field ? xstrdup(o->field) : NULL;
	if (!o->rule_verdict)
		o->rule_verdict = ctx->current->site_verdict;
	trace(ctx, f, o, io, where);
	cap_cpu_carrier(ctx, f, o, io, where);
	finding_fingerprint(f);
	return f;
}

void check_on_field_reference(struct finding *f, const char *field)
{
	if (!f)
		return;
	f->ref_in_field = true;
	if (!f->field)
		f->field = xstrdup(field);
}

void check_possible(struct check_ctx *ctx, struct finding *f, struct loc at,
		    const char *fmt, ...)
{
	struct strbuf note = {0};
	va_list ap;

	if (!f || !f->definite)
		return;
	f->definite = false;
	va_start(ap, fmt);
	sb_vaddf(&note, fmt, ap);
	va_end(ap);
	finding_add_note(f, ctx->fn->file, at.line, at.col, note.buf);
	sb_release(&note);
}

/* ---- events ---- */
