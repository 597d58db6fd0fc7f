/* io-without-ref: a page reaches I/O while nothing of ours pins it: the
 * reference was dropped early, or it came from a page-table walker
 * (pte_page(), vm_normal_page()) that takes none.
 *
 * Owns the reference and page-lock states the other rules read. */
#include "states.h"

static const char *const ref_values[] = {"none", "held", "caller"};
static const char *const lock_values[] = {"unlocked", "locked"};
struct state_dim reference_state = {"reference", 3, ref_values, 0};
struct state_dim lock_state = {"page lock", 2, lock_values, 0};
static struct state_dim *const owned[] = {&reference_state, &lock_state, NULL};

static struct tuple on_change(struct tuple before, struct tuple t, const struct page_change *c)
{
	(void)before;
	switch (c->kind) {
	case CHANGE_PRODUCED:
		tuple_set(&t, &reference_state, c->api->noref ? REF_NONE : REF_HELD);
		break;
	case CHANGE_CALLER_PAGE:
		tuple_set(&t, &reference_state, REF_CALLER);
		break;
	case CHANGE_ACQUIRE:
		tuple_set(&t, &reference_state, REF_HELD);
		break;
	case CHANGE_RELEASE:
		tuple_set(&t, &reference_state, REF_NONE);
		break;
	case CHANGE_LOCK:
		tuple_set(&t, &lock_state, 1);
		break;
	case CHANGE_UNLOCK:
		tuple_set(&t, &lock_state, 0);
		break;
	case CHANGE_GUARD:
	case CHANGE_GUARD_OUTCOME:
	case CHANGE_CPU_ACCESS:
		break;
	}
	return t;
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	if (io->kind == IO_RETURN || !states_any(io->states, page_unpinned))
		return;
	/* a helper summarized as a sink may put the page into a carrier on
	 * some path only (readahead helpers zero-fill others): not enough to
	 * say that a page without our reference reaches I/O there */
	if (io->ev && io->ev->api && io->ev->api->summary)
		return;
	check_report(ctx, io->obj, io_warning_loc(ctx, io), io,
		     "'%s' reaches I/O in %s() with no reference held",
		     check_object(ctx, io->obj)->name, io_api(ctx, io));
}

const struct checker check_io_without_ref = {
	.id = "io-without-ref",
	.states = owned,
	.on_change = on_change,
	.on_io = on_io,
	.site_verdict = "missing",
	.trace_shows_guard = true,
};
