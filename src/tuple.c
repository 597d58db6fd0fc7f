#include "tuple.h"

#include <stdio.h>
#include <stdlib.h>

unsigned ntuples;
struct tuple tuple_table[MAX_TUPLES];
static const struct state_dim *layout[MAX_DIMS];
static int ndims;

unsigned tuple_index(struct tuple t)
{
	unsigned i = 0;

	for (int d = 0; d < ndims; d++)
		i = i * (unsigned)layout[d]->nvalues + t.v[d];
	return i;
}

static void fill_table(void)
{
	for (unsigned i = 0; i < ntuples; i++) {
		unsigned rest = i;
		for (int d = ndims - 1; d >= 0; d--) {
			tuple_table[i].v[d] = (unsigned char)(rest % (unsigned)layout[d]->nvalues);
			rest /= (unsigned)layout[d]->nvalues;
		}
	}
}

void tuples_layout(struct state_dim *const *dims, int n)
{
	unsigned product = 1;

	if (ntuples)
		return;
	if (n > MAX_DIMS) {
		fprintf(stderr, "pagecheck: the checkers declare %d state dimensions, "
			"a tuple holds %d (src/tuple.h)\n", n, MAX_DIMS);
		exit(2);
	}
	for (int d = 0; d < n; d++) {
		dims[d]->slot = d;
		layout[d] = dims[d];
		product *= (unsigned)dims[d]->nvalues;
		if (product > MAX_TUPLES) {
			fprintf(stderr, "pagecheck: the checkers' states need more than %d "
				"tuples per page (at dimension '%s'), the lattice holds %d "
				"(src/tuple.h)\n", MAX_TUPLES, dims[d]->name, MAX_TUPLES);
			exit(2);
		}
	}
	ndims = n;
	ntuples = product;
	fill_table();
}
