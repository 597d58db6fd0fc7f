/* accessible-before-ref: the guard only holds while a reference or the page
 * lock keeps the page from converting back to secure; called without one,
 * the guarantee lapses at once. */
#include "states.h"

static void on_guard(struct check_ctx *ctx, const struct guard_site *g)
{
	if (!states_any(g->states, page_unpinned))
		return;
	check_report(ctx, g->obj, g->ev->loc, NULL,
		     "%s() on '%s' while no reference or page lock is held",
		     g->ev->callee, check_object(ctx, g->obj)->name);
}

const struct checker check_accessible_before_ref = {
	.id = "accessible-before-ref",
	.on_guard = on_guard,
	.site_verdict = "missing",
	.trace_shows_guard = true,
};
