#include "result_cache.h"
#include "util.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Headers are shared by hundreds of files: stat each once per run. */
struct stat_entry {
	char *path;
	bool exists;
	long long mtime_ns, size;
};

struct stat_memo {
	struct stat_entry *v;
	size_t n, size;		/* size: power of two */
};

static struct stat_entry *memo_slot(struct stat_memo *m, const char *path)
{
	size_t j = fnv1a(path, 0) & (m->size - 1);

	while (m->v[j].path && strcmp(m->v[j].path, path))
		j = (j + 1) & (m->size - 1);
	return &m->v[j];
}

static void memo_grow(struct stat_memo *m)
{
	struct stat_memo bigger = {xcalloc(m->size * 2, sizeof(struct stat_entry)), m->n,
				   m->size * 2};

	for (size_t i = 0; i < m->size; i++)
		if (m->v[i].path)
			*memo_slot(&bigger, m->v[i].path) = m->v[i];
	free(m->v);
	*m = bigger;
}

static void stat_file(const char *path, struct stat_entry *e)
{
	struct stat st;

	e->exists = !stat(path, &st);
	e->mtime_ns = e->exists ? (long long)st.st_mtim.tv_sec * 1000000000LL +
				  st.st_mtim.tv_nsec : 0;
	e->size = e->exists ? (long long)st.st_size : 0;
}

static const struct stat_entry *memo_stat(struct stat_memo *m, const char *path)
{
	struct stat_entry *e;

	if (2 * (m->n + 1) > m->size)
		memo_grow(m);
	e = memo_slot(m, path);
	if (!e->path) {
		e->path = xstrdup(path);
		stat_file(path, e);
		m->n++;
	}
	return e;
}

static unsigned long long hash_file(const char *path, unsigned long long h)
{
	FILE *f = fopen(path, "rb");
	char buf[4096];
	size_t n;

	if (!f)
		return fnv1a(path, h);
	while ((n = fread(buf, 1, sizeof(buf) - 1, f)) > 0) {
		buf[n] = '\0';
		h = fnv1a(buf, h);
	}
	fclose(f);
	return h;
}

int cache_open(struct result_cache *c, const char *dir, const char *rules_path)
{
	struct stat_entry self;
	char id[64];

	memset(c, 0, sizeof(*c));
	if (mkdir(dir, 0777) && errno != EEXIST) {
		fprintf(stderr, "pagecheck: %s: cannot create the cache: %s\n", dir,
			strerror(errno));
		return -1;
	}
	c->dir = xstrdup(dir);
	/* a rebuilt pagecheck or an edited catalog invalidates everything */
	stat_file("/proc/self/exe", &self);
	snprintf(id, sizeof(id), "%lld:%lld", self.mtime_ns, self.size);
	c->tool_key = hash_file(rules_path, fnv1a(id, 0));
	c->memo = xcalloc(1, sizeof(*c->memo));
	c->memo->size = 1024;
	c->memo->v = xcalloc(c->memo->size, sizeof(struct stat_entry));
	return 0;
}

unsigned long long cache_key(const struct result_cache *c, const struct argv_list *clang_args)
{
	unsigned long long h = c->tool_key;

	for (int i = 0; i < clang_args->n; i++) {
		h = fnv1a(clang_args->v[i], h);
		h = fnv1a("\n", h);
	}
	return h;
}

/* File names in the kernel hold no '%': the path stays readable. */
static char *entry_path(const struct result_cache *c, const char *relfile, const char *ext)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s/", c->dir);
	for (const char *p = relfile; *p; p++)
		sb_addf(&sb, "%c", *p == '/' ? '%' : *p);
	sb_adds(&sb, ext);
	return sb_detach(&sb);
}

char *cache_json_path(const struct result_cache *c, const char *relfile)
{
	return entry_path(c, relfile, ".json");
}

char *cache_deps_path(const struct result_cache *c, const char *relfile)
{
	return entry_path(c, relfile, ".deps");
}

char *cache_ir_path(const struct result_cache *c, const char *relfile)
{
	return entry_path(c, relfile, ".json.ir");
}

/* An output is sealed with its size and the hash of its bytes: a file cut
 * short by a killed worker or a full disk, or changed since, never counts. */
static bool output_intact(const char *line, struct strbuf *why)
{
	long long size;
	unsigned long long hash;
	int at = 0;
	struct stat st;

	if (sscanf(line, "out %lld %llx %n", &size, &hash, &at) != 2 || !at) {
		if (why)
			sb_adds(why, "its seal is unreadable");
		return false;
	}
	if (stat(line + at, &st) || (long long)st.st_size != size ||
	    hash_file(line + at, 0) != hash) {
		if (why)
			sb_addf(why, "%s is missing, cut short or changed", line + at);
		return false;
	}
	return true;
}

static bool input_unchanged(struct result_cache *c, const char *line)
{
	long long mtime, size;
	int at = 0;
	const struct stat_entry *e;

	if (sscanf(line, "%lld %lld %n", &mtime, &size, &at) != 2 || !at)
		return false;
	e = memo_stat(c->memo, line + at);
	return e->exists && e->mtime_ns == mtime && e->size == size;
}

enum cache_state cache_check(struct result_cache *c, const char *relfile,
			     unsigned long long key, struct strbuf *why)
{
	char *deps = cache_deps_path(c, relfile), *line = NULL;
	FILE *f = fopen(deps, "r");
	size_t cap = 0;
	unsigned long long stored;
	enum cache_state state = CACHE_STALE;

	free(deps);
	if (!f)
		return CACHE_STALE;
	if (fscanf(f, "pagecheck-deps 2 %llx\n", &stored) == 1 && stored == key) {
		state = CACHE_VALID;
		while (state == CACHE_VALID && getline(&line, &cap, f) > 0) {
			line[strcspn(line, "\n")] = '\0';
			if (!strncmp(line, "out ", 4))
				state = output_intact(line, why) ? CACHE_VALID : CACHE_DAMAGED;
			else if (!input_unchanged(c, line))
				state = CACHE_STALE;
		}
	}
	free(line);
	fclose(f);
	return state;
}

static void write_output(FILE *f, const char *path)
{
	struct stat st;

	if (!stat(path, &st))
		fprintf(f, "out %lld %llx %s\n", (long long)st.st_size, hash_file(path, 0), path);
}

static void write_dep(FILE *f, const char *path)
{
	struct stat_entry e;

	stat_file(path, &e);
	fprintf(f, "%lld %lld %s\n", e.mtime_ns, e.size, path);
}

int cache_seal(const struct result_cache *c, const char *relfile, const char *abs,
	       unsigned long long key, const struct argv_list *included)
{
	char *deps = cache_deps_path(c, relfile), *json = cache_json_path(c, relfile);
	char *ir = cache_ir_path(c, relfile);
	struct strbuf tmp = {0};
	FILE *f;
	int r;

	if ((f = replace_open(deps, &tmp))) {
		fprintf(f, "pagecheck-deps 2 %llx\n", key);
		write_output(f, json);
		write_output(f, ir);
		write_dep(f, abs);
		for (int i = 0; i < included->n; i++)
			write_dep(f, included->v[i]);
	}
	r = replace_commit(f, &tmp, deps);
	free(deps);
	free(json);
	free(ir);
	return r;
}

void cache_unseal(const struct result_cache *c, const char *relfile)
{
	char *deps = cache_deps_path(c, relfile), *ir = cache_ir_path(c, relfile);

	unlink(deps);
	unlink(ir);
	free(deps);
	free(ir);
}

void cache_close(struct result_cache *c)
{
	if (c->memo) {
		for (size_t i = 0; i < c->memo->size; i++)
			free(c->memo->v[i].path);
		free(c->memo->v);
		free(c->memo);
	}
	free(c->dir);
	memset(c, 0, sizeof(*c));
}
