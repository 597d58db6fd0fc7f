#include "engine_merge.h"
#include "cocci_engine.h"
#include "util.h"

#include <stdlib.h>

#include <string.h>

/* Same rule at the same line of the same file: the engines may name the
 * page differently (clang by the field it was read from, pfrag->page;
 * Coccinelle by the variable, page). */
static bool same_finding(const struct finding *a, const struct finding *b)
{
	return a->rule == b->rule && a->line == b->line && !strcmp(a->file, b->file);
}

static bool analyzed_by_clang(const struct results *r, const char *file)
{
	for (size_t i = 0; i < r->nfiles; i++)
		if (!strcmp(r->files[i].file, file))
			return r->files[i].analyzed;
	return false;
}

void engines_merge(struct results *clang, struct results *cocci, struct engine_stats *st)
{
	for (size_t i = 0; i < clang->nf; i++)
		if (!clang->f[i].found_by)
			clang->f[i].found_by = ENGINE_CLANG;
	for (size_t i = 0; i < cocci->nf; i++) {
		struct finding *c = &cocci->f[i], *match = NULL;
		for (size_t j = 0; j < clang->nf && !match; j++)
			if (same_finding(&clang->f[j], c))
				match = &clang->f[j];
		if (match) {
			match->found_by |= ENGINE_COCCI;
			finding_release(c);
		} else if (!analyzed_by_clang(clang, c->file)) {
			*results_add_finding(clang) = *c;
			st->cocci_kept++;
		} else {
			*results_add_finding(&st->disagreements) = *c;
			st->cocci_only++;
		}
	}
	cocci->nf = 0;
	for (size_t i = 0; i < clang->nf; i++) {
		st->both += clang->f[i].found_by == ENGINE_ALL;
		st->clang_only += clang->f[i].found_by == ENGINE_CLANG;
	}
}

void engine_stats_print(FILE *out, const struct engine_stats *st)
{
	fprintf(out, "engines: %zu found by both, %zu by clang only, %zu by Coccinelle only "
		"(%zu where clang analyzed the file: not reported, listed below; %zu where "
		"it could not: reported)\n", st->both, st->clang_only,
		st->cocci_only + st->cocci_kept, st->cocci_only, st->cocci_kept);
	for (size_t i = 0; i < st->disagreements.nf; i++) {
		const struct finding *f = &st->disagreements.f[i];
		fprintf(out, "  Coccinelle only: %s:%u:%u: %s(): '%s' [%s]\n", f->file, f->line,
			f->col, f->function, f->expr, f->rule);
	}
}

void engine_stats_free(struct engine_stats *st)
{
	results_free(&st->disagreements);
}

int engine_choose(const char *name)
{
	static const struct {
		const char *name;
		int engine;
	} names[] = {{"clang", ENGINE_CLANG}, {"cocci", ENGINE_COCCI}, {"all", ENGINE_ALL}};
	const char *env = getenv("PAGECHECK_ENGINE");

	if (!name && env && *env)
		name = env;
	if (!name)	/* both where Coccinelle is installed */
		return cocci_available("spatch") ? ENGINE_ALL : ENGINE_CLANG;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(names[i].name, name))
			return names[i].engine;
	fprintf(stderr, "pagecheck: unknown engine '%s' (clang, cocci, all)\n", name);
	return 0;
}
