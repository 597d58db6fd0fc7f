/* What one path knows about one page: a tuple with one small value per
 * state dimension. The dimensions are not the engine's: each checker
 * declares the ones it owns (checkers/states.h), the engine only the
 * carrier one. A page's abstract value is the set of tuples possible at a
 * point (a 64-bit mask), so "on some path" questions are answered exactly
 * per page, whatever the checkers track. */
#ifndef PAGECHECK_TUPLE_H
#define PAGECHECK_TUPLE_H

#include <stdbool.h>
#include <stdint.h>

#define MAX_DIMS 8
/* The width of a page's state set; the product of the registered
 * dimensions' sizes must fit (tuples_layout() says so when not). */
#define MAX_TUPLES 64

struct state_dim {
	const char *name;
	int nvalues;		/* value 0 is the state of a page nothing touched */
	const char *const *values;
	int slot;		/* its place in a tuple, set by tuples_layout() */
};

struct tuple {
	unsigned char v[MAX_DIMS];
};

/* Lays out the registered dimensions, once (hooks_init() calls it). Exits
 * with a message when they do not fit in MAX_TUPLES tuples. */
void tuples_layout(struct state_dim *const *dims, int n);
extern unsigned ntuples;
extern struct tuple tuple_table[MAX_TUPLES];

unsigned tuple_index(struct tuple t);

static inline struct tuple tuple_at(unsigned i)
{
	return tuple_table[i];
}

static inline uint64_t tuple_bit(struct tuple t)
{
	return 1ULL << tuple_index(t);
}

static inline int tuple_get(struct tuple t, const struct state_dim *d)
{
	return t.v[d->slot];
}

static inline void tuple_set(struct tuple *t, const struct state_dim *d, int value)
{
	t->v[d->slot] = (unsigned char)value;
}

/* The tuple of a page nothing has touched: every dimension at 0. */
static inline struct tuple tuple_zero(void)
{
	struct tuple t = {{0}};
	return t;
}

/* Some tuple of the set satisfies pred. */
static inline bool states_any(uint64_t set, bool (*pred)(struct tuple))
{
	for (unsigned i = 0; i < ntuples; i++)
		if (((set >> i) & 1) && pred(tuple_at(i)))
			return true;
	return false;
}

/* The tuples of set that satisfy pred. */
static inline uint64_t states_where(uint64_t set, bool (*pred)(struct tuple))
{
	uint64_t out = 0;

	for (unsigned i = 0; i < ntuples; i++)
		if (((set >> i) & 1) && pred(tuple_at(i)))
			out |= 1ULL << i;
	return out;
}

#endif
