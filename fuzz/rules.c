/* The rule catalog loader: any bytes give a catalog or one error message. */
#include "fuzz_input.h"
#include "../src/rules.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalog cat;
	char *err = NULL;

	if (!catalog_parse(&cat, "fuzz.yaml", (const char *)data, size, &err))
		catalog_free(&cat);
	else if (!err)
		abort();	/* a failure always says why */
	free(err);
	return 0;
}
