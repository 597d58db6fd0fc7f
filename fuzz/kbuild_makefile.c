/* The kbuild Makefile reader: the input is drivers/x/Makefile of a tree
 * whose top Makefile descends into it (and whose .config is its second
 * half, after a line "---"); the flags and the built verdict of a file in
 * that directory are asked for. */
#include "fuzz_input.h"
#include "../src/kbuild_makefile.h"
#include "../src/kconfig.h"
#include "../src/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void put(const char *rel, const char *text, size_t n)
{
	struct strbuf path = {0};
	FILE *f;

	sb_addf(&path, "%s/%s", fuzz_dir(), rel);
	f = fopen(path.buf, "wb");
	if (!f || fwrite(text, 1, n, f) != n || fclose(f))
		abort();
	sb_release(&path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size), *split = strstr(text, "\n---\n");
	const char *config = split ? split + 5 : "CONFIG_X=y\n";
	struct strbuf dir = {0}, why = {0};
	struct argv_list flags = {0};
	struct kbuild_flags *k;
	struct kconfig kc;

	static int tree_made;

	if (split)
		*split = '\0';
	if (!tree_made) {
		sb_addf(&dir, "%s/drivers/x/", fuzz_dir());
		mkdir_p(dir.buf);
		put("Makefile", "obj-y += drivers/\n", 18);
		put("drivers/Makefile", "obj-$(CONFIG_X) += x/\n", 22);
		tree_made = 1;
	}
	put("drivers/x/Makefile", text, strlen(text));
	put(".config", config, strlen(config));
	sb_reset(&dir);
	sb_addf(&dir, "%s/.config", fuzz_dir());
	if (kconfig_load(&kc, dir.buf))
		memset(&kc, 0, sizeof(kc));
	k = kbuild_flags_new(fuzz_dir(), fuzz_dir(), &kc);
	kbuild_file_flags(k, "drivers/x/a.c", &flags);
	(void)kbuild_file_built(k, "drivers/x/a.c", "x86", &why);
	(void)kbuild_file_built(k, "drivers/x/sub/b.c", "s390", &why);
	kbuild_flags_free(k);
	kconfig_free(&kc);
	argv_free(&flags);
	sb_release(&why);
	sb_release(&dir);
	free(text);
	return 0;
}
