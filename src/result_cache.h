/* Per-file results kept in the build dir between tree runs. An entry is
 * the file's --format=json document plus what it depends on: the flags,
 * the rule catalog and pagecheck binary it was made with, and the size and
 * mtime of the file and of every header it included. */
#ifndef PAGECHECK_RESULT_CACHE_H
#define PAGECHECK_RESULT_CACHE_H

#include <stdbool.h>
#include "compile_flags.h"
#include "util.h"

struct stat_memo;

struct result_cache {
	char *dir;
	unsigned long long tool_key;
	struct stat_memo *memo;
};

/* dir is created when missing; -1 (with a message) when that fails. */
int cache_open(struct result_cache *c, const char *dir, const char *rules_path);
unsigned long long cache_key(const struct result_cache *c, const struct argv_list *clang_args);
/* Where the JSON of relfile is written; the caller frees it. */
char *cache_json_path(const struct result_cache *c, const char *relfile);
/* Its seal: inputs, and the sizes and hashes of the outputs. */
char *cache_deps_path(const struct result_cache *c, const char *relfile);
/* Where the IR of relfile goes, beside its JSON; the caller frees it. */
char *cache_ir_path(const struct result_cache *c, const char *relfile);

enum cache_state {
	CACHE_STALE,	/* missing, or made from other inputs: parse again */
	CACHE_VALID,
	CACHE_DAMAGED,	/* sealed, but an output is not what was sealed */
};

/* Is the entry of relfile still what a new run would produce? For a
 * damaged entry, why says which output differs (when why is not NULL). */
enum cache_state cache_check(struct result_cache *c, const char *relfile,
			     unsigned long long key, struct strbuf *why);
/* Seals an entry whose outputs (JSON, and IR when there is one) are
 * written: records their sizes and hashes, and the inputs they depend on.
 * An entry is only ever read back whole and unchanged. */
int cache_seal(const struct result_cache *c, const char *relfile, const char *abs,
	       unsigned long long key, const struct argv_list *included);
/* Forgets relfile's entry before new outputs are written over it. */
void cache_unseal(const struct result_cache *c, const char *relfile);
void cache_close(struct result_cache *c);

#endif
