/* What one path knows about one page: a tuple with one small value per
 * state dimension. The dimensions are not the engine's: each checker
 * declares the ones it owns (checkers/states.h), the engine only the
 * carrier one. A page's abstract value is the set of tuples possible at a
 * point (a stateset, one bit per tuple), so "on some path" questions are
 * answered exactly per page, whatever the checkers track. */
#ifndef PAGECHECK_TUPLE_H
#define PAGECHECK_TUPLE_H

#include <stdbool.h>
#include <stdint.h>

#define MAX_DIMS 8
/* The width of a page's state set; the product of the registered
 * dimensions' sizes must fit (tuples_layout() says so when not). Today's
 * rules use 60 of them: room for a rule with a dimension of up to four
 * values. */
#define MAX_TUPLES 256
#define STATE_WORDS (MAX_TUPLES / 64)

typedef struct {
	uint64_t w[STATE_WORDS];
} stateset;

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

static inline bool stateset_has(const stateset *s, unsigned i)
{
	return (s->w[i / 64] >> (i % 64)) & 1;
}

static inline void stateset_add(stateset *s, unsigned i)
{
	s->w[i / 64] |= 1ULL << (i % 64);
}

static inline bool stateset_empty(stateset s)
{
	for (int k = 0; k < STATE_WORDS; k++)
		if (s.w[k])
			return false;
	return true;
}

static inline stateset stateset_none(void)
{
	stateset s = {{0}};
	return s;
}

/* a |= b; true when a grew */
static inline bool stateset_join(stateset *a, stateset b)
{
	bool grew = false;

	for (int k = 0; k < STATE_WORDS; k++) {
		grew |= (b.w[k] & ~a->w[k]) != 0;
		a->w[k] |= b.w[k];
	}
	return grew;
}

static inline stateset tuple_bit(struct tuple t)
{
	stateset s = {{0}};

	stateset_add(&s, tuple_index(t));
	return s;
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
static inline bool states_any(stateset set, bool (*pred)(struct tuple))
{
	for (unsigned i = 0; i < ntuples; i++)
		if (stateset_has(&set, i) && pred(tuple_at(i)))
			return true;
	return false;
}

/* The tuples of set that satisfy pred. */
static inline stateset states_where(stateset set, bool (*pred)(struct tuple))
{
	stateset out = {{0}};

	for (unsigned i = 0; i < ntuples; i++)
		if (stateset_has(&set, i) && pred(tuple_at(i)))
			stateset_add(&out, i);
	return out;
}

#endif
