/* The reports of a tree run, in a dir outside the tree: findings.txt,
 * findings.json, summary.txt (and engines.txt), each replaced whole; and the
 * run's last line, what its exit status means. */
#include "tree_reports.h"
#include "report.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Refused before anything is configured: pagecheck never writes into the
 * tree. */
bool tree_reports_inside(const char *reports, const char *kdir)
{
	char *src = absolute_path(kdir), *rep = absolute_path(reports);
	int inside = path_within(rep, src);

	if (inside)
		fprintf(stderr, "pagecheck: %s: the reports dir is inside the kernel tree; "
			"pagecheck never writes there\n", rep);
	free(src);
	free(rep);
	return inside;
}

static void write_findings_txt(FILE *f, const struct results *all, const struct tree_stats *st)
{
	(void)st;
	report_text(f, all);
	for (size_t i = 0; i < all->nfiles; i++)
		if (!all->files[i].analyzed)
			fprintf(f, "%s: %s: %s\n", all->files[i].file,
				all->files[i].not_built ? "not built" : "not analyzed",
				all->files[i].reason ? all->files[i].reason : "?");
}

static void write_summary_txt(FILE *f, const struct results *all, const struct tree_stats *st)
{
	tree_summary_print(f, all, st, NULL);
}

static const struct {
	const char *name;
	void (*write)(FILE *f, const struct results *all, const struct tree_stats *st);
} report_files[] = {
	{"findings.txt", write_findings_txt},
	{"findings.json", tree_summary_json},
	{"summary.txt", write_summary_txt},
};

/* Each report is written beside its final name and renamed over it once
 * whole: a full disk or a read-only dir leaves the last run's reports as
 * they were, never a half-written findings.json. */
int tree_write_reports(const struct tree_stats *st, const struct results *all, const char *dir)
{
	size_t n = sizeof(report_files) / sizeof(report_files[0]);
	struct strbuf *tmp = xcalloc(n, sizeof(*tmp));
	struct strbuf path = {0};
	int r = 0;

	for (size_t i = 0; i < n && !r; i++) {
		FILE *f;
		sb_addf(&tmp[i], "%s/.%s.tmp", dir, report_files[i].name);
		if ((f = fopen(tmp[i].buf, "w"))) {
			report_files[i].write(f, all, st);
			r = ferror(f) | fclose(f);
		} else {
			r = -1;
		}
		if (r)
			fprintf(stderr, "pagecheck: %s: cannot write the report: %s\n", tmp[i].buf,
				strerror(errno));
	}
	for (size_t i = 0; i < n && !r; i++) {
		sb_reset(&path);
		sb_addf(&path, "%s/%s", dir, report_files[i].name);
		if ((r = rename(tmp[i].buf, path.buf)))
			fprintf(stderr, "pagecheck: %s: cannot be replaced: %s\n", path.buf,
				strerror(errno));
	}
	for (size_t i = 0; i < n; i++) {
		if (r && tmp[i].buf)
			unlink(tmp[i].buf);
		sb_release(&tmp[i]);
	}
	sb_release(&path);
	free(tmp);
	return r;
}

/* The findings only Coccinelle reports, on files clang analyzed: each is
 * a limit of one engine or a bug in the other. */
void tree_write_disagreements(struct engine_stats *engines, const char *dir)
{
	struct strbuf path = {0};
	FILE *f;

	sb_addf(&path, "%s/engines.txt", dir);
	if ((f = fopen(path.buf, "w"))) {
		results_sort(&engines->disagreements);
		engine_stats_print(f, engines);
		fclose(f);
	}
	sb_release(&path);
}

char *tree_reports_dir(const struct kernel_build *b, const char *given)
{
	struct strbuf sb = {0};
	char *dir;

	if (given)
		sb_adds(&sb, given);
	else
		sb_addf(&sb, "reports/%s-%s", b->name, b->arch);
	dir = absolute_path(sb.buf);
	sb_release(&sb);
	if (path_within(dir, b->srctree)) {
		fprintf(stderr, "pagecheck: %s: the reports dir is inside the kernel tree; "
			"pagecheck never writes there\n", dir);
		free(dir);
		return NULL;
	}
	if (mkdir_p(dir)) {
		fprintf(stderr, "pagecheck: %s: cannot create the reports dir: %s\n", dir,
			strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

/* The last line: what the status means for this run, so that a log read
 * later says why it failed or that files were lost without failing. */
void tree_print_exit_status(int status, bool strict, const struct results *all,
			    const struct tree_stats *st)
{
	size_t failed = results_failed_files(all);

	printf("exit status %d: ", status);
	if (status == 2 && strict && failed)
		printf("%zu file%s not analyzed (--strict)\n", failed, failed == 1 ? "" : "s");
	else if (status == 2)
		printf("the audit is incomplete: %s\n", st->cocci_failed ?
		       "Coccinelle failed" :
		       "the reports could not be written (the last ones are left as they were)");
	else if (failed)
		printf("%s; %zu file%s not analyzed (listed above; --strict fails the run)\n",
		       status ? "findings" : "no findings", failed, failed == 1 ? "" : "s");
	else
		printf("%s\n", status ? "findings" : "no findings");
}
