/* missing-accessible: a page we took a reference (or marker) on reaches I/O
 * on some path without a successful guard on that path. The check is made
 * where I/O starts (submit, direct I/O, or return with the page in a
 * carrier), not at attach: fs/mpage.c attaches before set_page_writeback()
 * and submits after it, which is correct. */
#include "checker.h"

static bool unguarded(struct tuple t)
{
	return tuple_protected(t) && t.guard == GUARD_NONE;
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	if (io->kind == IO_ATTACH || !states_any(io->states, unguarded))
		return;
	check_report(ctx, "missing-accessible", io->obj, io_warning_loc(ctx, io), io,
		     "'%s' reaches I/O in %s() without %s() after its new reference",
		     check_object(ctx, io->obj)->name, io_api(ctx, io), guard_for(ctx, io));
}

const struct checker check_missing_accessible = {
	.id = "missing-accessible",
	.on_io = on_io,
};
