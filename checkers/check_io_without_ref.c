/* io-without-ref: a page reaches I/O while nothing of ours pins it: the
 * reference was dropped early, or it came from a page-table walker
 * (pte_page(), vm_normal_page()) that takes none. */
#include "checker.h"

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	if (io->kind == IO_RETURN || !states_any(io->states, tuple_no_ref))
		return;
	/* a helper summarized as a sink may put the page into a carrier on
	 * some path only (readahead helpers zero-fill others): not enough to
	 * say that a page without our reference reaches I/O there */
	if (io->ev && io->ev->api && io->ev->api->summary)
		return;
	check_report(ctx, "io-without-ref", io->obj, io_warning_loc(ctx, io), io,
		     "'%s' reaches I/O in %s() with no reference held",
		     check_object(ctx, io->obj)->name, io_api(ctx, io));
}

const struct checker check_io_without_ref = {
	.id = "io-without-ref",
	.on_io = on_io,
};
