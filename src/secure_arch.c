/* An audit of x86_64 covers the generic code every arch builds, but a
 * driver that only x86 or arm can build (i915, amdkfd) never meets a secure
 * page: those exist only in guests of the catalog's secure_arches (s390
 * Protected Virtualization). So a definite finding in a file the secure
 * arch's allmodconfig would not build is possible at most, and says why.
 * A run on the secure arch itself asks the same of its allmodconfig without
 * test-only options: a driver built there only for compile testing (lima:
 * ARM || ARM64 || COMPILE_TEST) runs on no machine with secure guests. */
#include "secure_arch.h"
#include "kbuild_makefile.h"
#include "util.h"

#include <stdio.h>

size_t results_cap_secure_arch(struct results *r, const struct kernel_build *b,
			       const struct catalog *cat)
{
	const char *arch = cat->secure_arches.n ? cat->secure_arches.names[0] : NULL;
	const char *srcarch = NULL;
	struct kconfig config;
	struct kbuild_flags *k;
	struct strbuf why = {0}, note = {0};
	size_t capped = 0;

	bool here = arch && name_list_has(&cat->secure_arches, b->arch);

	if (!arch || (here && !cat->secure_arch_off.n))
		return 0;
	if (kernel_build_other_arch_config(b, arch, &cat->secure_arch_off, &srcarch, &config)) {
		fprintf(stderr, "pagecheck: no %s config (see %s/pagecheck-make.log): findings "
			"are not checked against what %s builds\n", arch, b->objtree, arch);
		return 0;
	}
	k = kbuild_flags_new(b->srctree, b->objtree, &config);
	for (size_t i = 0; i < r->nf; i++) {
		struct finding *f = &r->f[i];
		if (!f->definite || kbuild_file_built(k, f->file, srcarch, &why))
			continue;
		f->definite = false;
		sb_reset(&note);
		if (here)
			sb_addf(&note, "built on %s only for compile testing: %s (%s allmodconfig "
				"without test-only options)", arch, why.buf, arch);
		else
			sb_addf(&note, "not built on %s, where secure pages exist: %s (%s "
				"allmodconfig%s)", arch, why.buf, arch,
				cat->secure_arch_off.n ? " without test-only options" : "");
		finding_add_note(f, f->file, f->line, f->col, note.buf);
		capped++;
	}
	kbuild_flags_free(k);
	kconfig_free(&config);
	sb_release(&why);
	sb_release(&note);
	return capped;
}
