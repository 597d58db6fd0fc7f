/* unchecked-accessible: the guard ran, but its result was thrown away, never
 * tested, or its failure path still reaches the I/O. */
#include "states.h"

static bool failed(struct tuple t)
{
	return page_guard(t) == GUARD_FAILED;
}

static bool untested(struct tuple t)
{
	return page_guard(t) == GUARD_PENDING || page_guard(t) == GUARD_UNCHECKED;
}

static void on_io(struct check_ctx *ctx, const struct io_site *io)
{
	const struct object *o = check_object(ctx, io->obj);
	const char *guard = guard_for(ctx, io);

	if (io->kind == IO_ATTACH)
		return;
	if (states_any(io->states, failed))
		check_report(ctx, io->obj, io_warning_loc(ctx, io),
			     io, "'%s' reaches I/O in %s() on the path where %s() failed",
			     o->name, io_api(ctx, io), guard);
	else if (states_any(io->states, untested))
		check_report(ctx, io->obj, io_warning_loc(ctx, io),
			     io, "result of %s() on '%s' is not checked before I/O in %s()",
			     guard, o->name, io_api(ctx, io));
}

const struct checker check_unchecked_accessible = {
	.id = "unchecked-accessible",
	.on_io = on_io,
	.site_verdict = "missing",
	.trace_shows_guard = true,
};
