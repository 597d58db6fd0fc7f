/* Only flags that change what the preprocessor and parser see are kept:
 * kernel c_flags are written for gcc, and clang rejects many of them
 * (-fconserve-stack, -mindirect-branch=..., -falign-jumps=1 under -Werror).
 * Everything that only steers code generation or warnings is dropped. */
#include "compile_flags.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void argv_push(struct argv_list *l, const char *s)
{
	GROW(l->v, l->n, l->cap);
	l->v[l->n++] = xstrdup(s);
}

void argv_free(struct argv_list *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static const char *const path_options[] = {
	"-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros", NULL,
};

static const char *const valued_options[] = {
	"-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros", "-D",
	"-U", "-o", "-MF", "-MT", "-MQ", "-x", "-target", "--param", "-Xclang",
	"-arch", NULL,
};

bool flag_takes_value(const char *opt)
{
	for (int i = 0; valued_options[i]; i++)
		if (!strcmp(opt, valued_options[i]))
			return true;
	return false;
}

static const char *const kept_exact[] = {
	"-nostdinc", "-m64", "-m32", "-fshort-wchar", "-funsigned-char",
	"-fsigned-char", "-ffreestanding", NULL,
};

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static void push_path(struct argv_list *out, const char *opt, const char *val,
		      const char *dir)
{
	struct strbuf sb = {0};

	argv_push(out, opt);
	if (dir && val[0] != '/')
		sb_addf(&sb, "%s/%s", dir, val);
	else
		sb_adds(&sb, val);
	argv_push(out, sb.buf);
	sb_release(&sb);
}

void flags_for_clang(const struct argv_list *in, const char *dir, struct argv_list *out)
{
	const char *target = NULL;

	for (int i = 0; i < in->n; i++) {
		const char *a = in->v[i];
		bool joined = false;

		for (int k = 0; path_options[k]; k++) {
			size_t n = strlen(path_options[k]);
			if (!strcmp(a, path_options[k]) && i + 1 < in->n) {
				push_path(out, a, in->v[++i], dir);
				joined = true;
				break;
			}
			if (!strncmp(a, path_options[k], n) && a[n] && !joined &&
			    (k == 0 || a[n] != '-')) {
				push_path(out, path_options[k], a + n, dir);
				joined = true;
				break;
			}
		}
		if (joined)
			continue;
		if ((!strcmp(a, "-D") || !strcmp(a, "-U")) && i + 1 < in->n) {
			argv_push(out, a);
			argv_push(out, in->v[++i]);
		} else if (starts(a, "-D") || starts(a, "-U") || starts(a, "-std=") ||
			   starts(a, "--target=")) {
			argv_push(out, a);
		} else if (!strcmp(a, "-target") && i + 1 < in->n) {
			argv_push(out, a);
			argv_push(out, in->v[++i]);
		} else if (starts(a, "--arch=")) {
			/* sparse's CHECKFLAGS name the kernel architecture */
			if (!strcmp(a + 7, "s390"))
				target = "--target=s390x-linux-gnu";
		} else if (flag_takes_value(a) && i + 1 < in->n) {
			i++;
		} else {
			for (int k = 0; kept_exact[k]; k++)
				if (!strcmp(a, kept_exact[k]))
					argv_push(out, a);
		}
	}
	if (target)
		argv_push(out, target);
	argv_push(out, "-w");
	argv_push(out, "-ferror-limit=0");
}

void compile_command_args(CXCompileCommand cmd, struct argv_list *raw)
{
	CXString file = clang_CompileCommand_getFilename(cmd);
	const char *f = clang_getCString(file);
	unsigned n = clang_CompileCommand_getNumArgs(cmd);

	for (unsigned i = 1; i < n; i++) {
		CXString a = clang_CompileCommand_getArg(cmd, i);
		const char *s = clang_getCString(a);
		if (!strcmp(s, "-o") && i + 1 < n)
			i++;	/* the object file */
		else if (strcmp(s, f) && strcmp(s, "-c"))
			argv_push(raw, s);
		clang_disposeString(a);
	}
	clang_disposeString(file);
}
