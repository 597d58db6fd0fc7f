/* The page states the rules own, for the checkers (and the engine's
 * recorders) that read them. The reference and lock dimensions are
 * io-without-ref's (check_io_without_ref.c), the guard dimension
 * missing-accessible's (check_missing_accessible.c). */
#ifndef PAGECHECK_STATES_H
#define PAGECHECK_STATES_H

#include "checker.h"

enum ref_state {
	REF_NONE,	/* no reference held (never taken, or dropped) */
	REF_HELD,	/* a new reference or marker taken in this function */
	REF_CALLER,	/* whatever the caller holds: not ours to judge */
};

enum guard_state {
	GUARD_NONE,	 /* not made accessible (or the guarantee lapsed) */
	GUARD_PENDING,	 /* guard called, result stored but not yet tested */
	GUARD_UNCHECKED, /* guard called, result thrown away */
	GUARD_OK,	 /* guard succeeded (tested) or implicit */
	GUARD_FAILED,	 /* guard reported failure */
};

extern struct state_dim reference_state, lock_state, guard_state;

static inline enum ref_state page_ref(struct tuple t)
{
	return (enum ref_state)tuple_get(t, &reference_state);
}

static inline bool page_locked(struct tuple t)
{
	return tuple_get(t, &lock_state) != 0;
}

static inline enum guard_state page_guard(struct tuple t)
{
	return (enum guard_state)tuple_get(t, &guard_state);
}

/* A reference or marker of our own protects the page from conversion. */
static inline bool page_protected(struct tuple t)
{
	return page_ref(t) == REF_HELD || page_locked(t);
}

/* Nothing pins it: no reference (ours or the caller's), no page lock. */
static inline bool page_unpinned(struct tuple t)
{
	return page_ref(t) == REF_NONE && !page_locked(t);
}

#endif
