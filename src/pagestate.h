/* What one path knows about one page: a tuple of small enums. A page's
 * abstract value is the set of tuples possible at a point (a 64-bit mask),
 * so "on some path" questions are answered exactly per page. */
#ifndef PAGECHECK_PAGESTATE_H
#define PAGECHECK_PAGESTATE_H

#include <stdbool.h>
#include <stdint.h>

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

struct tuple {
	enum ref_state ref;
	bool locked;
	enum guard_state guard;
	bool attached;	/* sits in a carrier whose I/O has not started */
};

#define NTUPLES 60

static inline unsigned tuple_index(struct tuple t)
{
	return (((unsigned)t.ref * 2 + t.locked) * 5 + t.guard) * 2 + t.attached;
}

static inline struct tuple tuple_at(unsigned i)
{
	struct tuple t;

	t.attached = i % 2;
	i /= 2;
	t.guard = (enum guard_state)(i % 5);
	i /= 5;
	t.locked = i % 2;
	t.ref = (enum ref_state)(i / 2);
	return t;
}

static inline uint64_t tuple_bit(struct tuple t)
{
	return 1ULL << tuple_index(t);
}

/* Some tuple of the set satisfies pred. */
static inline bool states_any(uint64_t set, bool (*pred)(struct tuple))
{
	for (unsigned i = 0; i < NTUPLES; i++)
		if (((set >> i) & 1) && pred(tuple_at(i)))
			return true;
	return false;
}

/* A reference or marker of our own protects the page from conversion. */
static inline bool tuple_protected(struct tuple t)
{
	return t.ref == REF_HELD || t.locked;
}

static inline bool tuple_no_ref(struct tuple t)
{
	return t.ref == REF_NONE && !t.locked;
}

#endif
