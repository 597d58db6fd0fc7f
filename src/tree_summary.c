#include "tree_summary.h"
#include "report.h"
#include "util.h"
#include "version.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

/* A site's verdicts, in the order the summary lists them. */
static const char *const verdicts[] = {"missing", "guarded", "released", "escapes", "cpu-only",
				       "not-secure", "kernel-private", "unanalyzed"};
#define NVERDICTS (sizeof(verdicts) / sizeof(verdicts[0]))

static size_t verdict_index(const char *v)
{
	for (size_t i = 0; i < NVERDICTS; i++)
		if (!strcmp(v, verdicts[i]))
			return i;
	return NVERDICTS - 1;
}

struct count {
	char *key;
	size_t files, failed, not_built, findings, definite;
	size_t sites, by_verdict[NVERDICTS];
};

struct counts {
	struct count *v;
	size_t n, cap;
};

static struct count *count_of(struct counts *c, const char *key, size_t keylen)
{
	for (size_t i = 0; i < c->n; i++)
		if (strlen(c->v[i].key) == keylen && !strncmp(c->v[i].key, key, keylen))
			return &c->v[i];
	GROW(c->v, c->n, c->cap);
	memset(&c->v[c->n], 0, sizeof(c->v[0]));
	c->v[c->n].key = strndup(key, keylen);
	return &c->v[c->n++];
}

/* "drivers/net/x.c" -> "drivers/"; a file at the top counts as "./" */
static struct count *dir_count(struct counts *c, const char *file)
{
	const char *slash = strchr(file, '/');

	return slash ? count_of(c, file, (size_t)(slash - file + 1)) : count_of(c, "./", 2);
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct count *)a)->key, ((const struct count *)b)->key);
}

static void tally(const struct results *r, struct counts *rules, struct counts *dirs)
{
	for (size_t i = 0; i < r->nfiles; i++) {
		struct count *d = dir_count(dirs, r->files[i].file);
		d->files++;
		d->failed += !r->files[i].analyzed && !r->files[i].not_built;
		d->not_built += r->files[i].not_built;
	}
	for (size_t i = 0; i < r->ns; i++) {
		struct count *d = dir_count(dirs, r->s[i].file);
		d->sites++;
		d->by_verdict[verdict_index(r->s[i].verdict)]++;
	}
	for (size_t i = 0; i < r->nf; i++) {
		const struct finding *f = &r->f[i];
		struct count *rc = count_of(rules, f->rule, strlen(f->rule));
		struct count *d = dir_count(dirs, f->file);
		rc->findings++;
		rc->definite += f->definite;
		d->findings++;
		d->definite += f->definite;
	}
	if (rules->n > 1)
		qsort(rules->v, rules->n, sizeof(rules->v[0]), by_key);
	if (dirs->n > 1)
		qsort(dirs->v, dirs->n, sizeof(dirs->v[0]), by_key);
}

static void counts_free(struct counts *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].key);
	free(c->v);
}

static size_t definite_findings(const struct results *r)
{
	size_t n = 0;

	for (size_t i = 0; i < r->nf; i++)
		n += r->f[i].definite;
	return n;
}

/* The inventory in one line: every new-reference site by its verdict. */
static void sites_line(FILE *out, const struct results *r)
{
	size_t n[NVERDICTS] = {0};
	const char *sep = ": ";

	for (size_t i = 0; i < r->ns; i++)
		n[verdict_index(r->s[i].verdict)]++;
	fprintf(out, "sites: %zu new-reference sites", r->ns);
	for (size_t v = 0; v < NVERDICTS; v++) {
		if (!n[v])
			continue;
		fprintf(out, "%s%zu %s", sep, n[v], verdicts[v]);
		sep = ", ";
	}
	fputc('\n', out);
}

/* The inventory by top-level directory: where the sites are, and what
 * became of them. */
static void sites_per_directory(FILE *out, const struct counts *dirs)
{
	fprintf(out, "sites per directory:       sites");
	for (size_t v = 0; v < NVERDICTS; v++)
		fprintf(out, " %*s", (int)strlen(verdicts[v]) > 7 ? (int)strlen(verdicts[v]) : 7,
			verdicts[v]);
	fputc('\n', out);
	for (size_t i = 0; i < dirs->n; i++) {
		if (!dirs->v[i].sites)
			continue;
		fprintf(out, "  %-24s %5zu", dirs->v[i].key, dirs->v[i].sites);
		for (size_t v = 0; v < NVERDICTS; v++)
			fprintf(out, " %*zu", (int)strlen(verdicts[v]) > 7 ?
				(int)strlen(verdicts[v]) : 7, dirs->v[i].by_verdict[v]);
		fputc('\n', out);
	}
}

void tree_summary_print(FILE *out, const struct results *r, const struct tree_stats *st,
			const char *reports)
{
	struct counts rules = {0}, dirs = {0};
	size_t failed = results_failed_files(r), not_built = results_not_built_files(r);

	tally(r, &rules, &dirs);
	fprintf(out, "pagecheck: %s (%s, %s): %zu .c files scanned, %zu candidates: "
		"%zu analyzed, %zu not built, %zu not analyzed (%zu crashed, %zu timed out); "
		"%zu parsed, %zu from the cache\n",
		st->tree, st->arch, st->kconfig, st->scanned, st->candidates,
		r->nfiles - failed - not_built, not_built, failed, st->crashed, st->timed_out,
		st->parsed, st->candidates - st->parsed - not_built);
	if (st->cache_damaged)
		fprintf(out, "cache: %zu damaged entr%s parsed again\n", st->cache_damaged,
			st->cache_damaged == 1 ? "y" : "ies");
	if (st->link_functions && st->link_reused)
		fprintf(out, "across files: %zu functions of %zu files, as the last run judged them "
			"(no file's IR or result changed); summaries in %s\n", st->link_functions,
			r->nfiles - failed - not_built, st->summaries);
	else if (st->link_functions)
		fprintf(out, "across files: %zu functions of %zu files judged together; "
			"summaries in %s%s\n", st->link_functions,
			r->nfiles - failed - not_built - st->link_unread,
			st->summaries ? st->summaries : "(not written)",
			st->link_unread ? " (some files' IR unreadable: judged alone)" : "");
	if (st->engine && strcmp(st->engine, "clang"))
		fprintf(out, "Coccinelle: spatch read %zu files in %.1f s%s\n", st->cocci_files,
			st->cocci_wall, st->cocci_failed ? " and FAILED (is Coccinelle installed?)"
							 : "");
	if (st->engine && !strcmp(st->engine, "clang+cocci"))
		fprintf(out, "engines: %zu found by both, %zu by clang only, %zu by Coccinelle only "
			"on files clang could not parse (reported), %zu by Coccinelle only on files "
			"clang analyzed (not reported: engines.txt)\n", st->both, st->clang_only,
			st->cocci_kept, st->cocci_only);
	report_truncated(out, r, "");
	fprintf(out, "findings: %zu (%zu definite, %zu possible)\n", r->nf,
		definite_findings(r), r->nf - definite_findings(r));
	if (st->baseline)
		fprintf(out, "baseline: %zu finding%s of %s left out (known)\n", st->baseline_matched,
			st->baseline_matched == 1 ? "" : "s", st->baseline);
	for (size_t i = 0; i < rules.n; i++)
		fprintf(out, "  %-24s %4zu definite %4zu possible\n", rules.v[i].key,
			rules.v[i].definite, rules.v[i].findings - rules.v[i].definite);
	sites_line(out, r);
	if (r->nsuppressed || r->nmarkers)
		fprintf(out, "suppressed: %zu findings by pagecheck-ignore markers (listed in "
			"findings.txt with their reasons); %zu wrong markers\n", r->nsuppressed,
			r->nmarkers);
	fprintf(out, "per directory:             files  not built  not analyzed  findings  "
		"definite\n");
	for (size_t i = 0; i < dirs.n; i++)
		fprintf(out, "  %-24s %5zu %10zu %13zu %9zu %9zu\n", dirs.v[i].key, dirs.v[i].files,
			dirs.v[i].not_built, dirs.v[i].failed, dirs.v[i].findings,
			dirs.v[i].definite);
	sites_per_directory(out, &dirs);
	for (size_t i = 0; i < r->nfiles; i++)
		if (r->files[i].not_built)
			fprintf(out, "not built: %s: %s\n", r->files[i].file, r->files[i].reason);
	for (size_t i = 0; i < r->nfiles; i++)
		if (!r->files[i].analyzed && !r->files[i].not_built)
			fprintf(out, "not analyzed: %s: %s\n", r->files[i].file,
				r->files[i].reason ? r->files[i].reason : "?");
	fprintf(out, "time: %.1f s wall (%.1f s across files), %.1f s CPU; peak RSS %ld MB "
		"(largest worker), %ld MB (driver)\n", st->wall, st->link_wall, st->cpu,
		st->worker_rss_kb / 1024, st->driver_rss_kb / 1024);
	if (st->parsed)
		fprintf(out, "time: clang engine %.1f s wall: plan %.1f s, parse %.1f s (workers "
			"%.1f s CPU, driver %.1f s CPU)\n", st->clang_wall, st->plan_wall,
			st->clang_wall - st->plan_wall, st->parse_worker_cpu, st->parse_driver_cpu);
	if (st->baseline_files)
		fprintf(out, "bare clang -fsyntax-only on the %zu parsed files: %.1f s wall, "
			"%.1f s CPU; pagecheck/clang: %.2f wall, %.2f CPU\n", st->baseline_files,
			st->baseline_wall, st->baseline_cpu,
			st->baseline_wall > 0 ? st->wall / st->baseline_wall : 0,
			st->baseline_cpu > 0 ? st->cpu / st->baseline_cpu : 0);
	if (reports)
		fprintf(out, "reports: %s/findings.txt, %s/findings.json\n", reports, reports);
	counts_free(&rules);
	counts_free(&dirs);
}

static json_object *size_json(size_t n)
{
	return json_object_new_int64((int64_t)n);
}

static json_object *verdicts_json(const size_t *n)
{
	json_object *o = json_object_new_object();

	for (size_t v = 0; v < NVERDICTS; v++)
		json_object_object_add(o, verdicts[v], size_json(n[v]));
	return o;
}

/* The inventory's totals: every site, and by verdict. */
static void sites_json(json_object *tree, const struct results *r)
{
	size_t all[NVERDICTS] = {0};

	for (size_t i = 0; i < r->ns; i++)
		all[verdict_index(r->s[i].verdict)]++;
	json_object_object_add(tree, "sites", size_json(r->ns));
	json_object_object_add(tree, "sites_by_verdict", verdicts_json(all));
}

/* What the audit report (cmd_audit.c) says the run was of. */
static void facts_json(json_object *tree, const struct tree_facts *f)
{
	if (f->srctree)
		json_object_object_add(tree, "srctree", json_object_new_string(f->srctree));
	if (f->kernel_version[0])
		json_object_object_add(tree, "kernel_version",
				       json_object_new_string(f->kernel_version));
	json_object_object_add(tree, "pagecheck_version",
			       json_object_new_string(PAGECHECK_VERSION));
	if (f->catalog_hash[0])
		json_object_object_add(tree, "catalog_hash", json_object_new_string(f->catalog_hash));
	if (f->started[0])
		json_object_object_add(tree, "started", json_object_new_string(f->started));
}

void tree_summary_json(FILE *out, const struct results *r, const struct tree_stats *st)
{
	json_object *doc = results_json(r), *tree = json_object_new_object();
	json_object *dirs_json = json_object_new_object();
	struct counts rules = {0}, dirs = {0};
	size_t failed = results_failed_files(r), not_built = results_not_built_files(r);

	tally(r, &rules, &dirs);
	for (size_t i = 0; i < dirs.n; i++) {
		json_object *d = json_object_new_object();
		json_object_object_add(d, "files", size_json(dirs.v[i].files));
		json_object_object_add(d, "not_built", size_json(dirs.v[i].not_built));
		json_object_object_add(d, "failed", size_json(dirs.v[i].failed));
		json_object_object_add(d, "findings", size_json(dirs.v[i].findings));
		json_object_object_add(d, "definite", size_json(dirs.v[i].definite));
		json_object_object_add(d, "sites", size_json(dirs.v[i].sites));
		json_object_object_add(d, "sites_by_verdict", verdicts_json(dirs.v[i].by_verdict));
		json_object_object_add(dirs_json, dirs.v[i].key, d);
	}
	json_object_object_add(tree, "name", json_object_new_string(st->tree));
	json_object_object_add(tree, "arch", json_object_new_string(st->arch));
	json_object_object_add(tree, "kconfig", json_object_new_string(st->kconfig));
	facts_json(tree, &st->facts);
	json_object_object_add(tree, "scanned", size_json(st->scanned));
	json_object_object_add(tree, "candidates", size_json(st->candidates));
	json_object_object_add(tree, "analyzed", size_json(r->nfiles - failed - not_built));
	json_object_object_add(tree, "not_built", size_json(not_built));
	json_object_object_add(tree, "failed", size_json(failed));
	json_object_object_add(tree, "crashed", size_json(st->crashed));
	json_object_object_add(tree, "timed_out", size_json(st->timed_out));
	json_object_object_add(tree, "parsed", size_json(st->parsed));
	json_object_object_add(tree, "cache_damaged", size_json(st->cache_damaged));
	json_object_object_add(tree, "cached", size_json(st->candidates - st->parsed - not_built));
	json_object_object_add(tree, "wall_seconds", json_object_new_double(st->wall));
	json_object_object_add(tree, "cpu_seconds", json_object_new_double(st->cpu));
	json_object_object_add(tree, "clang_wall_seconds", json_object_new_double(st->clang_wall));
	json_object_object_add(tree, "plan_wall_seconds", json_object_new_double(st->plan_wall));
	json_object_object_add(tree, "parse_worker_cpu_seconds",
			       json_object_new_double(st->parse_worker_cpu));
	json_object_object_add(tree, "parse_driver_cpu_seconds",
			       json_object_new_double(st->parse_driver_cpu));
	json_object_object_add(tree, "link_functions", size_json(st->link_functions));
	json_object_object_add(tree, "link_wall_seconds", json_object_new_double(st->link_wall));
	if (st->summaries)
		json_object_object_add(tree, "summaries", json_object_new_string(st->summaries));
	json_object_object_add(tree, "worker_peak_rss_kb", json_object_new_int64(st->worker_rss_kb));
	json_object_object_add(tree, "driver_peak_rss_kb", json_object_new_int64(st->driver_rss_kb));
	if (st->baseline_files) {
		json_object *b = json_object_new_object();
		json_object_object_add(b, "files", size_json(st->baseline_files));
		json_object_object_add(b, "wall_seconds", json_object_new_double(st->baseline_wall));
		json_object_object_add(b, "cpu_seconds", json_object_new_double(st->baseline_cpu));
		json_object_object_add(tree, "clang_syntax_only", b);
	}
	json_object_object_add(tree, "per_directory", dirs_json);
	sites_json(tree, r);
	if (st->engine) {
		json_object *e = json_object_new_object();
		json_object_object_add(e, "engine", json_object_new_string(st->engine));
		json_object_object_add(e, "cocci_files", size_json(st->cocci_files));
		json_object_object_add(e, "cocci_wall_seconds", json_object_new_double(st->cocci_wall));
		json_object_object_add(e, "both", size_json(st->both));
		json_object_object_add(e, "clang_only", size_json(st->clang_only));
		json_object_object_add(e, "cocci_only_reported", size_json(st->cocci_kept));
		json_object_object_add(e, "cocci_only_not_reported", size_json(st->cocci_only));
		json_object_object_add(tree, "engines", e);
	}
	json_object_object_add(doc, "tree", tree);
	json_write(out, doc);
	json_object_put(doc);
	counts_free(&rules);
	counts_free(&dirs);
}
