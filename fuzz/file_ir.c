/* The IR reader: a file's cached IR, bound to the shipped catalog, and
 * written back out when it loaded. */
#include "fuzz_input.h"
#include "../src/file_ir.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size), *err = NULL;
	struct file_ir ir = {0};

	if (!file_ir_from_json(&ir, text, fuzz_catalog(), &err))
		free(file_ir_to_json(&ir));
	else if (!err)
		abort();
	file_ir_free(&ir);
	free(err);
	free(text);
	return 0;
}
