/* The compile-flags reader: a kbuild command line (one argument per line,
 * as c_flags and CHECKFLAGS arrive) turned into clang's flags. */
#include "fuzz_input.h"
#include "../src/compile_flags.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size), *save = NULL;
	struct argv_list raw = {0}, out = {0};

	for (char *a = strtok_r(text, "\n", &save); a; a = strtok_r(NULL, "\n", &save))
		argv_push(&raw, a);
	flags_for_clang(&raw, size % 2 ? "/build/dir" : NULL, &out);
	for (int i = 0; i < out.n; i++)
		if (!out.v[i])
			abort();
	argv_free(&raw);
	argv_free(&out);
	free(text);
	return 0;
}
