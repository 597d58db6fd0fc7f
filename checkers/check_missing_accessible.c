/* missing-accessible: a page we took a reference (or marker) on reaches I/O
 * on some path without a successful guard on that path. The check is made
 * where I/O starts (submit, direct I/O, or return with the page in a
 * carrier), not at attach: fs/mpage.c attaches before set_page_writeback()
 * and submits after it, which is correct.
 *
 * Owns the guard state unchecked-accessible reads. The guarantee only
 * holds while a reference or the page lock keeps the page from converting
 * back: whenever neither is left, it lapses. */
#include "states.h"

static const char *const guard_values[] = {"none", "pending", "unchecked", "ok", "failed"};
struct state_dim guard_state = {"guard", 5, guard_values, 0};
static struct state_dim *const owned[] = {&guard_state, NULL};

static struct tuple set_guard(struct tuple t, enum guard_state g)
{
	tuple_set(&t, &guard_state, g);
	return t;
}

static struct tuple on_change(struct tuple before, struct tuple t, const struct page_change *c)
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

static bool unguarded(struct tuple t)
{
	return page_protected(t) && page_guard(t) == GUARD_NONE;
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	if (io->kind == IO_ATTACH || !states_any(io->states, unguarded))
		return;
	check_report(ctx, io->obj, io_warning_loc(ctx, io), io,
		     "'%s' reaches I/O in %s() without %s() after its new reference",
		     check_object(ctx, io->obj)->name, io_api(ctx, io), guard_for(ctx, io));
}

const struct checker check_missing_accessible = {
	.id = "missing-accessible",
	.states = owned,
	.on_change = on_change,
	.on_io = on_io,
	.site_verdict = "missing",
	.trace_shows_guard = false,
};
