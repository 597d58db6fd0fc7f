/* Per-file results kept in the build dir between tree runs. An entry is
 * the file's --format=json document plus what it depends on: the flags,
 * the rule catalog and pagecheck binary it was made with, and the size and
 * mtime of the file and of every header it included. */
#ifndef PAGECHECK_RESULT_CACHE_H
#define PAGECHECK_RESULT_CACHE_H

#include <stdbool.h>
#include "compile_flags.h"

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
/* Is the entry of relfile still what a new run would produce? */
bool cache_valid(struct result_cache *c, const char *relfile, unsigned long long key);
/* Seals an entry whose JSON is written: records its dependencies. */
int cache_seal(const struct result_cache *c, const char *relfile, const char *abs,
	       unsigned long long key, const struct argv_list *included);
void cache_close(struct result_cache *c);

#endif
