/* The tree's files judged together (judge.c) from the IRs the workers
 * cached: a file whose IR cannot be read back keeps its own verdicts. */
#include "tree_judge.h"
#include "judge.h"
#include "judge_snapshot.h"

#include <stdio.h>
#include <stdlib.h>

/* The file's cached IR into the program, when it can be read. */
static void add_cached_ir(struct tree_run *t, struct judge *j, const struct tree_file *f)
{
	char *irp = cache_ir_path(&t->cache, f->rel), *err = NULL;
	struct strbuf text = {0};
	struct file_ir ir;
	bool read = !sb_read_file(&text, irp) && text.buf &&
		    !file_ir_from_json(&ir, text.buf, t->cat, &err);

	if (read) {
		t->stats.link_functions += ir.n;
		judge_add_ir(j, &ir);
	} else {
		fprintf(stderr, "pagecheck: %s: %s; the file is judged alone\n", irp,
			err ? err : "cannot be read");
		t->stats.link_unread++;
	}
	free(err);
	sb_release(&text);
	free(irp);
}

static void write_summaries(struct tree_run *t, const struct knowledge *learned)
{
	struct strbuf path = {0}, tmp = {0};
	FILE *sf;

	sb_addf(&path, "%s/pagecheck-summaries.json", t->build.objtree);
	if ((sf = replace_open(path.buf, &tmp)))
		knowledge_write(sf, learned);
	if (!replace_commit(sf, &tmp, path.buf))
		t->summaries = sb_detach(&path);
	else
		fprintf(stderr, "pagecheck: %s: cannot be written\n", path.buf);
	sb_release(&path);
	sb_release(&tmp);
	t->stats.summaries = t->summaries;
}

void tree_judge_across_files(struct tree_run *t)
{
	struct judge j = {0};
	struct knowledge learned = {0};
	double start = clock_seconds();
	unsigned long long key = judge_snapshot_key(t);

	if (!t->opts.no_cache && judge_snapshot_load(t, key)) {
		t->stats.link_wall = clock_seconds() - start;
		return;
	}
	for (size_t i = 0; i < t->nfiles; i++) {
		struct tree_file *f = &t->files[i];
		if (!tree_file_analyzed(f))
			continue;
		add_cached_ir(t, &j, f);
		judge_add_results(&j, &f->results);
	}
	judge_together(&j, t->cat, NULL, &learned);
	write_summaries(t, &learned);
	knowledge_free(&learned);
	if (!t->stats.link_unread && t->summaries)
		judge_snapshot_write(t, key);
	t->stats.link_wall = clock_seconds() - start;
}
