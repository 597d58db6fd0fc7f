/* The engine's driver: a monotone forward analysis over the CFG of cfg.c
 * (a worklist over blocks, joining states, lattice.h), then one pass over
 * the fixpoint in which the hooks run: the rules (checkers/) and the
 * engine's recorders (summary, call log, field stores, site verdicts). */
#include "dataflow.h"
#include "bounds.h"
#include "engine.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void dataflow_analyze(struct function *fn, const struct catalog *cat,
		      struct results *out, struct fn_summary *sum, struct call_log *calls)
{
	struct check_ctx ctx = {fn, cat, out, out->nf, sum, calls, NULL};
	int n = (function_bind(fn, cat), fn->nblocks), *work = xmalloc(sizeof(int) * (size_t)(n + 1));
	bool *queued = xcalloc((size_t)n, sizeof(bool));
	struct state *in = xcalloc((size_t)n, sizeof(*in)), cur, edge;
	int head = 0, tail = 0, count = 0;
	/* block visits before the fixpoint is given up (counted and shown) */
	unsigned long budget = bound_limit(BOUND_FIXPOINT);
	bool forgot = false;

	hooks_init();
	for (int i = 0; i < n; i++)
		state_init(&in[i], fn);
	state_init(&cur, fn);
	state_init(&edge, fn);
	in[0].live = true;
	for (int p = 0; p < fn->npaths; p++)
		if (fn->paths[p].root >= 0)
			objset_add(&in[0].bind[p], fn->paths[p].root);
	for (int o = 0; o < fn->nobjs; o++)
		if (fn->objs[o].kind == OBJ_ROOT)
			in[0].st[o] = states_fresh_event(CHANGE_CALLER_PAGE, NULL);
	work[tail] = 0, tail = (tail + 1) % (n + 1), count = 1;
	queued[0] = true;
	while (count && budget) {
		budget--;
		int b = work[head];
		const struct block *bl = &fn->blocks[b];

		head = (head + 1) % (n + 1), count--;
		queued[b] = false;
		state_copy(&cur, &in[b], fn->npaths);
		transfer(&ctx, &cur, bl, false);
		for (int k = 0; k < bl->nsucc; k++) {
			int succ = bl->succ[k];
			state_copy(&edge, &cur, fn->npaths);
			if (bl->term == TERM_BRANCH)
				apply_edge(fn, &edge, bl->cond,
					   k == 0 ? bl->on_true : negate(bl->on_true));
			if (state_join(&in[succ], &edge, fn->npaths) && !queued[succ]) {
				queued[succ] = true;
				work[tail] = succ, tail = (tail + 1) % (n + 1), count++;
			}
		}
	}
	if (count)
		results_note_truncated(out, BOUND_FIXPOINT, fn->file, fn->name);
	/* the checkers look at the fixpoint, once per block */
	for (int b = 0; b < n; b++) {
		if (!in[b].live)
			continue;
		forgot |= in[b].forgot_result;
		state_copy(&cur, &in[b], fn->npaths);
		transfer(&ctx, &cur, &fn->blocks[b], true);
	}
	if (forgot)
		results_note_truncated(out, BOUND_RESULTS, fn->file, fn->name);
	hooks_function_end(&ctx);
	for (int i = 0; i < n; i++)
		state_free(&in[i]);
	free(in);
	state_free(&cur);
	state_free(&edge);
	free(work);
	free(queued);
}
