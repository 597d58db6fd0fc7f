/* Turning a build's compiler flags (kbuild's c_flags, sparse's CHECKFLAGS,
 * a compile_commands.json entry) into flags libclang parses with. */
#ifndef PAGECHECK_COMPILE_FLAGS_H
#define PAGECHECK_COMPILE_FLAGS_H

#include <clang-c/CXCompilationDatabase.h>
#include <stdbool.h>

struct argv_list {
	char **v;
	int n, cap;
};

void argv_push(struct argv_list *l, const char *s);
void argv_free(struct argv_list *l);

/* A compile_commands.json entry's arguments without the compiler, the
 * source file, -c and -o <object>: what flags_for_clang() takes. */
void compile_command_args(CXCompileCommand cmd, struct argv_list *raw);
/* Does this option take the next argument as its value? */
bool flag_takes_value(const char *opt);
/* Appends the flags clang needs from in (gcc-only and sparse-only flags are
 * dropped; relative include dirs are made absolute against dir, when given). */
void flags_for_clang(const struct argv_list *in, const char *dir, struct argv_list *out);

#endif
