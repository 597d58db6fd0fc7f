/* The registry seen from the engine: the rules of checkers/check_list.h,
 * then the engine's recorders, each called in that order at every hook. */
#include "engine.h"

static const struct checker *const recorders[] = {
	&summary_recorder, &call_recorder, &store_recorder, &site_recorder,
};
#define NRECORDERS (int)(sizeof(recorders) / sizeof(recorders[0]))

static const struct checker *hook_at(int i)
{
	return i < ncheckers ? checkers[i] : recorders[i - ncheckers];
}

#define EACH_HOOK(h) \
	for (int i_ = 0; i_ < ncheckers + NRECORDERS && ((h) = hook_at(i_)); i_++)

void hooks_init(void)
{
	struct state_dim *dims[MAX_DIMS + 1];
	const struct checker *h;
	int n = 0;

	if (ntuples)
		return;
	dims[n++] = &carrier_state;
	EACH_HOOK(h)
		for (int k = 0; h->states && h->states[k]; k++) {
			if (n == MAX_DIMS + 1)
				break;	/* tuples_layout() says what is too many */
			dims[n++] = h->states[k];
		}
	tuples_layout(dims, n);
}

static struct tuple change_tuple(struct tuple before, const struct page_change *c)
{
	struct tuple now = before;
	const struct checker *h;

	EACH_HOOK(h)
		if (h->on_change)
			now = h->on_change(before, now, c);
	return now;
}

stateset states_change(stateset set, const struct page_change *c)
{
	stateset out = {{0}};

	for (unsigned i = 0; i < ntuples; i++)
		if (stateset_has(&set, i))
			stateset_add(&out, tuple_index(change_tuple(tuple_at(i), c)));
	return out;
}

stateset states_fresh(const struct page_change *c)
{
	return tuple_bit(change_tuple(tuple_zero(), c));
}

void objs_change(struct state *s, const objset *objs, const struct page_change *c)
{
	for (int o = 0; o < MAX_OBJS; o++)
		if (objset_has(objs, o))
			s->st[o] = states_change(s->st[o], c);
}

#define DISPATCH(hook, ...)						\
	do {								\
		EACH_HOOK(ctx->current)					\
			if (ctx->current->hook)				\
				ctx->current->hook(ctx, __VA_ARGS__);	\
		ctx->current = NULL;					\
	} while (0)

void hooks_io(struct check_ctx *ctx, const struct io_site *io)
{
	DISPATCH(on_io, io);
}

void hooks_guard(struct check_ctx *ctx, const struct guard_site *g)
{
	DISPATCH(on_guard, g);
}

void hooks_call(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	DISPATCH(on_call, s, ev);
}

void hooks_store(struct check_ctx *ctx, const struct state *s, const struct event *ev)
{
	DISPATCH(on_store, s, ev);
}

void hooks_return(struct check_ctx *ctx, const struct state *s, const struct block *bl)
{
	DISPATCH(on_return, s, bl);
}

void hooks_function_end(struct check_ctx *ctx)
{
	EACH_HOOK(ctx->current)
		if (ctx->current->on_function_end)
			ctx->current->on_function_end(ctx);
	ctx->current = NULL;
}
