/* missing-accessible: a page we took a reference (or marker) on reaches I/O
 * on some path without a successful guard on that path. The check is made
 * where I/O starts (submit, direct I/O, or return with the page in a
 * carrier), not at attach: fs/mpage.c attaches before set_page_writeback()
 * and submits after it, which is correct.
 *
 * Owns the guard state unchecked-accessible reads, and whether the CPU
 * touched the page while it was held. The guarantee only holds while a
 * reference or the page lock keeps the page from converting back:
 * whenever neither is left, it lapses. */
#include "states.h"

static const char *const guard_values[] = {"none", "pending", "unchecked", "ok", "failed"};
struct state_dim guard_state = {"guard", 5, guard_values, 0};
/* Whether the CPU read or wrote the page's contents while a reference or
 * the lock held it (rules.yaml cpu_access). A secure page the kernel
 * touches faults, s390's fault handler makes it accessible, and held it
 * cannot turn secure again: accessible by the time of the I/O, but by
 * accident, not by the protocol, so the finding stays, as possible. */
static const char *const cpu_values[] = {"untouched", "touched"};
static struct state_dim cpu_state = {"cpu access", 2, cpu_values, 0};
static struct state_dim *const owned[] = {&guard_state, &cpu_state, NULL};

static struct tuple set_guard(struct tuple t, enum guard_state g)
{
	tuple_set(&t, &guard_state, g);
	return t;
}

static struct tuple guard_change(struct tuple before, struct tuple t,
				 const struct page_change *c)
{
	enum guard_state g = page_guard(before);

	switch (c->kind) {
	case CHANGE_PRODUCED:
		return set_guard(t, c->api->implicit_guard ? GUARD_OK : GUARD_NONE);
	case CHANGE_CALLER_PAGE:
		return set_guard(t, GUARD_NONE);
	case CHANGE_ACQUIRE:
		if (page_unpinned(before))	/* any earlier guard had lapsed */
			g = GUARD_NONE;
		return set_guard(t, c->api->implicit_guard ? GUARD_OK : g);
	case CHANGE_RELEASE:
		return page_locked(before) ? t : set_guard(t, GUARD_NONE);
	case CHANGE_LOCK:
	case CHANGE_CPU_ACCESS:
		return t;
	case CHANGE_UNLOCK:
		return page_ref(before) == REF_NONE ? set_guard(t, GUARD_NONE) : t;
	case CHANGE_GUARD:
		if (page_unpinned(before))
			return set_guard(t, GUARD_NONE);
		return set_guard(t, c->result_kept ? GUARD_PENDING : GUARD_UNCHECKED);
	case CHANGE_GUARD_OUTCOME:
		if (g == GUARD_PENDING || g == GUARD_UNCHECKED)
			return set_guard(t, c->ok ? GUARD_OK : GUARD_FAILED);
		return t;
	}
	return t;
}

/* A touch counts while the page is held, and lapses as the guard does. */
static unsigned touched_after(struct tuple before, const struct page_change *c)
{
	unsigned touched = tuple_get(before, &cpu_state);

	switch (c->kind) {
	case CHANGE_PRODUCED:
	case CHANGE_CALLER_PAGE:
		return 0;
	case CHANGE_ACQUIRE:
	case CHANGE_GUARD:
		return page_unpinned(before) ? 0 : touched;
	case CHANGE_RELEASE:
		return page_locked(before) ? touched : 0;
	case CHANGE_UNLOCK:
		return page_ref(before) == REF_NONE ? 0 : touched;
	case CHANGE_CPU_ACCESS:
		return page_unpinned(before) ? touched : 1;
	case CHANGE_LOCK:
	case CHANGE_GUARD_OUTCOME:
		return touched;
	}
	return touched;
}

static struct tuple on_change(struct tuple before, struct tuple t, const struct page_change *c)
{
	t = guard_change(before, t, c);
	tuple_set(&t, &cpu_state, touched_after(before, c));
	return t;
}

static bool unguarded(struct tuple t)
{
	return page_protected(t) && page_guard(t) == GUARD_NONE;
}

static bool unguarded_untouched(struct tuple t)
{
	return unguarded(t) && !tuple_get(t, &cpu_state);
}

/* A page read from a field, with whatever reference its holder keeps. */
static bool unguarded_held_elsewhere(struct tuple t)
{
	return page_ref(t) == REF_CALLER && !page_locked(t) && page_guard(t) == GUARD_NONE;
}

/* The page of a field reaches I/O on a reference this function did not
 * take: the reference stored in the field where the page was put there
 * (udmabuf: memfd_pin_folios() into ubuf->folios[], read by
 * get_sg_table()). Reported here, kept only where a site's reference
 * does stay in that field (results_apply_field_stores()). */
static void on_io_of_field(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = check_object(ctx, io->obj);
	const char *field = o->field ? o->field : o->from_accessor;
	struct finding *f;

	if (!field || catalog_io_field(check_catalog(ctx), field) ||
	    !states_any(io->states, unguarded_held_elsewhere))
		return;
	f = check_report(ctx, io->obj, io_warning_loc(ctx, io), io,
			 "'%s' reaches I/O in %s() without %s(), on the reference kept in '%s'",
			 o->name, io_api(ctx, io), guard_for(ctx, io), field);
	check_on_field_reference(f, field);
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = check_object(ctx, io->obj);
	struct finding *f;

	if (io->kind == IO_ATTACH)
		return;
	if (!states_any(io->states, unguarded)) {
		on_io_of_field(ctx, io);
		return;
	}
	f = check_report(ctx, io->obj, io_warning_loc(ctx, io), io,
			 "'%s' reaches I/O in %s() without %s() after its new reference",
			 o->name, io_api(ctx, io), guard_for(ctx, io));
	/* on every unguarded path the CPU touched it while it was held */
	if (!states_any(io->states, unguarded_untouched) && o->has_cpu)
		check_possible(ctx, f, o->cpu, "%s() accessed its contents here while a "
			       "reference or the page lock held it: %s (rules.yaml cpu_access)",
			       o->cpu_api, check_catalog(ctx)->cpu_access_reason);
}

const struct checker check_missing_accessible = {
	.id = "missing-accessible",
	.states = owned,
	.on_change = on_change,
	.on_io = on_io,
	.site_verdict = "missing",
	.trace_shows_guard = false,
};
