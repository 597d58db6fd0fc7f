/* The summaries reader (--summaries FILE, what a tree run learned). */
#include "fuzz_input.h"
#include "../src/knowledge.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct knowledge k = {0};
	char *err = NULL;

	if (knowledge_load(&k, fuzz_file("summaries.json", data, size), &err) && !err)
		abort();	/* a failure always says why */
	knowledge_free(&k);
	free(err);
	return 0;
}
