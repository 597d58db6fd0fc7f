/* One source file: parse it with libclang, then analyze every function it
 * defines. A file that does not parse is recorded as not analyzed. */
#ifndef PAGECHECK_ANALYZE_H
#define PAGECHECK_ANALYZE_H

#include <clang-c/Index.h>
#include "compile_flags.h"
#include "file_ir.h"
#include "findings.h"
#include "rules.h"

/* How every file is parsed (clang_parseTranslationUnit2's options), by the
 * analysis and by --dump-cfg alike. */
extern const unsigned analyze_parse_options;

/* clang's first error in tu, as file:line:col: error: message (the main file
 * named as given); NULL when there is none. The caller frees it. */
char *analyze_first_error(CXTranslationUnit tu, const char *file);

/* Returns 0 when analyzed, -1 when the file could not be parsed. When
 * included is given, every header the file pulled in is appended to it
 * (what a cached result depends on). With keep, the file's functions and
 * ops tables are handed back, for the analysis across files. */
int analyze_file(CXIndex index, const char *file, const struct argv_list *clang_args,
		 const struct catalog *cat, struct results *out, struct argv_list *included,
		 struct file_ir *keep);

#endif
