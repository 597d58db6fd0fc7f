/* The Coccinelle report parser: each input line as spatch could print it. */
#include "fuzz_input.h"
#include "../src/cocci_engine.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size), *save = NULL;
	struct results r = {0};

	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save))
		(void)cocci_parse_report(l, &r);
	results_free(&r);
	free(text);
	return 0;
}
