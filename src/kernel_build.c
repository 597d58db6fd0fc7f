#include "kernel_build.h"
#include "kbuild_makefile.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

static const struct {
	const char *arch, *srcarch, *make_arch, *cross_compile, *clang_target;
} arches[] = {
	{"x86_64", "x86", "x86_64", NULL, "-m64"},
	{"x86", "x86", "x86_64", NULL, "-m64"},
	/* 6.1 refuses clang 14 for s390: kbuild runs with the gcc cross
	 * compiler, libclang parses for the same target */
	{"s390", "s390", "s390", "s390x-linux-gnu-", "--target=s390x-linux-gnu"},
};

static int arch_index(const char *arch)
{
	for (size_t i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (!strcmp(arches[i].arch, arch))
			return (int)i;
	return -1;
}

/* make -C srctree O=objtree ARCH=... goal: messages go to the build log,
 * and so does the output unless out names a file for it. */
static int run_make(const struct kernel_build *b, int ai, const char *goal, const char *eval,
		    const char *out)
{
	struct strbuf log = {0}, o = {0}, a = {0}, cc = {0}, ev = {0};
	struct argv_list args = {0};
	pid_t pid;
	int status = -1;

	sb_addf(&log, "%s/pagecheck-make.log", b->objtree);
	sb_addf(&o, "O=%s", b->objtree);
	sb_addf(&a, "ARCH=%s", arches[ai].make_arch);
	argv_push(&args, "make");
	argv_push(&args, "-s");
	argv_push(&args, "-C");
	argv_push(&args, b->srctree);
	argv_push(&args, o.buf);
	argv_push(&args, a.buf);
	if (arches[ai].cross_compile) {
		sb_addf(&cc, "CROSS_COMPILE=%s", arches[ai].cross_compile);
		argv_push(&args, cc.buf);
	}
	if (eval) {
		sb_addf(&ev, "--eval=%s", eval);
		argv_push(&args, ev.buf);
	}
	if (b->allconfig && !eval) {	/* kconfig's conf reads it from the environment */
		struct strbuf ac = {0};
		sb_addf(&ac, "KCONFIG_ALLCONFIG=%s", b->allconfig);
		argv_push(&args, ac.buf);
		sb_release(&ac);
	}
	argv_push(&args, goal);
	GROW(args.v, args.n, args.cap);
	args.v[args.n] = NULL;
	if (!eval)
		fprintf(stderr, "pagecheck: make %s %s (log: %s)\n", a.buf, goal, log.buf);
	pid = fork();
	if (pid == 0) {
		int fd = open(log.buf, O_WRONLY | O_CREAT | O_APPEND, 0666);
		int ofd = out ? open(out, O_WRONLY | O_CREAT | O_TRUNC, 0666) : fd;
		if (fd >= 0)
			dup2(fd, 2);
		if (ofd >= 0)
			dup2(ofd, 1);
		execvp("make", args.v);
		_exit(127);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		if (!eval)
			fprintf(stderr, "pagecheck: %s: make %s %s failed; see %s\n", b->srctree,
				a.buf, goal, log.buf);
		status = -1;
	} else {
		status = 0;
	}
	sb_release(&log);
	sb_release(&o);
	sb_release(&a);
	sb_release(&cc);
	sb_release(&ev);
	argv_free(&args);
	return status;
}

static bool newer(const char *a, const char *b)
{
	struct stat sa, sb;

	if (stat(a, &sa) || stat(b, &sb))
		return false;
	return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec ||
	       (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec && sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec);
}

static int copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out;
	char buf[65536];
	size_t n;

	if (!in)
		return -1;
	out = fopen(to, "wb");
	if (!out) {
		fclose(in);
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		fwrite(buf, 1, n, out);
	fclose(in);
	return fclose(out);
}

static int configure(struct kernel_build *b, int ai, const char *kconfig)
{
	struct strbuf config = {0};
	int r;

	sb_addf(&config, "%s/.config", b->objtree);
	if (!kconfig && !access(config.buf, R_OK)) {
		sb_release(&config);
		return 0;	/* an existing build dir is reused as it is */
	}
	if (!kconfig)
		kconfig = "allmodconfig";	/* an audit wants every driver built */
	if (strchr(kconfig, '/') || !access(kconfig, R_OK)) {
		if (copy_file(kconfig, config.buf)) {
			fprintf(stderr, "pagecheck: %s: cannot copy the config to %s\n", kconfig,
				config.buf);
			r = -1;
		} else {
			r = run_make(b, ai, "olddefconfig", NULL, NULL);
		}
	} else {
		r = run_make(b, ai, kconfig, NULL, NULL);
	}
	sb_release(&config);
	return r;
}

/* kbuild's own flags for every C file of this config, asked from kbuild
 * itself (0.5 s) and kept in the build dir until .config changes. Words are
 * separated by blanks: these variables hold no quoted values. */
static int kbuild_base_flags(struct kernel_build *b, int ai)
{
	static const char eval[] =
		"pagecheck-kbuild-flags: ; @echo $(NOSTDINC_FLAGS) $(LINUXINCLUDE) "
		"$(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS)";
	struct strbuf path = {0}, config = {0}, ct = {0};
	FILE *f;
	char word[4096];
	bool has_include = false;

	sb_addf(&path, "%s/pagecheck-kbuild-flags.txt", b->objtree);
	sb_addf(&config, "%s/.config", b->objtree);
	if ((access(path.buf, R_OK) || newer(config.buf, path.buf)) &&
	    run_make(b, ai, "pagecheck-kbuild-flags", eval, path.buf))
		unlink(path.buf);
	f = fopen(path.buf, "r");
	while (f && fscanf(f, "%4095s", word) == 1) {
		argv_push(&b->base_flags, word);
		has_include |= !strncmp(word, "-I", 2);
	}
	if (f)
		fclose(f);
	if (!has_include) {	/* not a kbuild tree we can ask */
		unlink(path.buf);
		argv_free(&b->base_flags);
	} else {
		/* c_flags add it per object (scripts/Makefile.lib) */
		sb_addf(&ct, "%s/include/linux/compiler_types.h", b->srctree);
		argv_push(&b->base_flags, "-include");
		argv_push(&b->base_flags, ct.buf);
		argv_push(&b->base_flags, arches[ai].clang_target);
	}
	sb_release(&path);
	sb_release(&config);
	sb_release(&ct);
	return has_include ? 0 : -1;
}

/* What kbuild would say, for trees it cannot be asked about. */
static void add_base_flags(struct kernel_build *b, int ai)
{
	/* kbuild's LINUXINCLUDE: source and build tree alternate */
	static const struct {
		const char *fmt;
		bool in_objtree;
	} includes[] = {
		{"%s/arch/%s/include", false}, {"%s/arch/%s/include/generated", true},
		{"%s/include", false}, {"%s/include", true},
		{"%s/arch/%s/include/uapi", false}, {"%s/arch/%s/include/generated/uapi", true},
		{"%s/include/uapi", false}, {"%s/include/generated/uapi", true},
	};
	/* 6.1 has compiler-version.h; later trees pass the version otherwise */
	static const char *const forced[] = {
		"include/linux/compiler-version.h", "include/linux/kconfig.h",
		"include/linux/compiler_types.h",
	};
	struct argv_list *f = &b->base_flags;
	struct strbuf sb = {0};

	argv_push(f, "-nostdinc");
	for (size_t i = 0; i < sizeof(includes) / sizeof(includes[0]); i++) {
		sb_reset(&sb);
		sb_adds(&sb, "-I");
		sb_addf(&sb, includes[i].fmt, includes[i].in_objtree ? b->objtree : b->srctree,
			b->srcarch);
		argv_push(f, sb.buf);
	}
	for (size_t i = 0; i < sizeof(forced) / sizeof(forced[0]); i++) {
		sb_reset(&sb);
		sb_addf(&sb, "%s/%s", b->srctree, forced[i]);
		if (access(sb.buf, R_OK))
			continue;
		argv_push(f, "-include");
		argv_push(f, sb.buf);
	}
	argv_push(f, "-D__KERNEL__");
	argv_push(f, "-std=gnu11");
	argv_push(f, "-fshort-wchar");
	argv_push(f, "-funsigned-char");
	argv_push(f, arches[ai].clang_target);
	sb_release(&sb);
}

/* A kernel tree has its top Makefile and the arch it is built for; why
 * says what is missing. */
static bool is_kernel_tree(const char *dir, const char *srcarch, struct strbuf *why)
{
	struct strbuf path = {0};
	struct stat st;
	bool ok = false;

	if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
		sb_adds(why, "not a directory");
		return false;
	}
	sb_addf(&path, "%s/Makefile", dir);
	if (access(path.buf, R_OK)) {
		sb_adds(why, "no Makefile");
	} else {
		sb_reset(&path);
		sb_addf(&path, "%s/arch/%s", dir, srcarch);
		if (stat(path.buf, &st) || !S_ISDIR(st.st_mode))
			sb_addf(why, "no arch/%s", srcarch);
		else
			ok = true;
	}
	sb_release(&path);
	return ok;
}

int kernel_build_setup(struct kernel_build *b, const char *kdir, const char *objdir,
		       const char *arch, const char *kconfig)
{
	char path[PATH_MAX];
	struct strbuf sb = {0};
	int ai = arch_index(arch);
	const char *slash;

	memset(b, 0, sizeof(*b));
	if (ai < 0) {
		fprintf(stderr, "pagecheck: unsupported architecture '%s' (x86_64, s390)\n", arch);
		return -1;
	}
	b->arch = arches[ai].arch;
	b->srcarch = arches[ai].srcarch;
	if (!realpath(kdir, path)) {
		fprintf(stderr, "pagecheck: %s: %s\n", kdir, strerror(errno));
		return -1;
	}
	if (!is_kernel_tree(path, b->srcarch, &sb)) {
		fprintf(stderr, "pagecheck: %s: not a kernel source tree (%s)\n", kdir, sb.buf);
		sb_release(&sb);
		return -1;
	}
	b->srctree = xstrdup(path);
	slash = strrchr(b->srctree, '/');
	b->name = xstrdup(slash && slash[1] ? slash + 1 : b->srctree);
	if (objdir) {
		sb_adds(&sb, objdir);
	} else {
		sb_addf(&sb, "build/kernel/%s-%s", b->name, b->arch);
	}
	b->objtree = absolute_path(sb.buf);
	sb_release(&sb);
	if (path_within(b->objtree, b->srctree)) {
		fprintf(stderr, "pagecheck: %s: the build dir is inside the kernel tree; "
			"pagecheck never writes there (use O=<dir outside it>)\n", b->objtree);
		return -1;
	}
	if (mkdir_p(b->objtree)) {
		fprintf(stderr, "pagecheck: %s: cannot create the build dir: %s\n", b->objtree,
			strerror(errno));
		return -1;
	}
	if (configure(b, ai, kconfig))
		return -1;
	/* written by "make prepare", not by the *config targets */
	sb_addf(&sb, "%s/include/generated/utsrelease.h", b->objtree);
	{
		struct strbuf config = {0};
		sb_addf(&config, "%s/.config", b->objtree);
		if (access(sb.buf, R_OK) || newer(config.buf, sb.buf)) {
			if (run_make(b, ai, "prepare", NULL, NULL)) {
				sb_release(&config);
				sb_release(&sb);
				return -1;
			}
			/* kbuild rewrites the file only when its text changes: a
			 * .config that syncconfig touched would prepare every run */
			utime(sb.buf, NULL);
		}
		if (kconfig_load(&b->config, config.buf))
			fprintf(stderr, "pagecheck: %s: cannot be read\n", config.buf);
		sb_release(&config);
	}
	sb_release(&sb);
	if (kbuild_base_flags(b, ai))
		add_base_flags(b, ai);
	return 0;
}

int kernel_build_make_targets(const struct kernel_build *b, const struct argv_list *targets)
{
	int ai = arch_index(b->arch), failed = 0;

	for (int i = 0; ai >= 0 && i < targets->n; i++)
		failed |= run_make(b, ai, targets->v[i], NULL, NULL);
	return ai < 0 ? -1 : failed;
}

void kernel_build_file_flags(const struct kernel_build *b, struct kbuild_flags *dirflags,
			     const char *relfile, struct argv_list *out)
{
	const char *slash = strrchr(relfile, '/'), *base = slash ? slash + 1 : relfile;
	int dirlen = slash ? (int)(slash - relfile) : 0;
	int baselen = (int)strlen(base) - 2;	/* without .c */
	struct strbuf sb = {0};

	for (int i = 0; i < b->base_flags.n; i++)
		argv_push(out, b->base_flags.v[i]);
	kbuild_file_flags(dirflags, relfile, out);
	/* kbuild's out-of-tree builds search the object's own directory */
	sb_addf(&sb, "-I%s/%.*s", b->srctree, dirlen, relfile);
	argv_push(out, sb.buf);
	sb_reset(&sb);
	sb_addf(&sb, "-I%s/%.*s", b->objtree, dirlen, relfile);
	argv_push(out, sb.buf);
	sb_reset(&sb);
	sb_addf(&sb, "-DKBUILD_MODFILE=\"%.*s/%.*s\"", dirlen, relfile, baselen, base);
	argv_push(out, sb.buf);
	sb_reset(&sb);
	sb_addf(&sb, "-DKBUILD_BASENAME=\"%.*s\"", baselen, base);
	argv_push(out, sb.buf);
	sb_reset(&sb);
	sb_addf(&sb, "-DKBUILD_MODNAME=\"%.*s\"", baselen, base);
	argv_push(out, sb.buf);
	sb_release(&sb);
	/* kbuild's KBUILD_CFLAGS_MODULE for objects of a module */
	if (kbuild_file_in_module(dirflags, relfile))
		argv_push(out, "-DMODULE");
}

int kernel_build_other_arch_config(const struct kernel_build *b, const char *arch,
				   const struct name_list *off, const char **srcarch,
				   struct kconfig *out)
{
	struct kernel_build other = *b;
	struct strbuf dir = {0}, config = {0}, allconfig = {0};
	int ai = arch_index(arch), r = -1;
	FILE *f;

	memset(out, 0, sizeof(*out));
	if (ai < 0)
		return -1;
	sb_addf(&dir, "%s/%s-allmodconfig", b->objtree, arches[ai].arch);
	other.objtree = dir.buf;
	sb_addf(&config, "%s/.config", dir.buf);
	sb_addf(&allconfig, "%s/allconfig", dir.buf);
	if (mkdir_p(dir.buf))
		goto out;
	if (access(config.buf, R_OK)) {	/* configured once, reused after */
		if (!(f = fopen(allconfig.buf, "w")))
			goto out;
		for (size_t i = 0; off && i < off->n; i++)
			fprintf(f, "# %s is not set\n", off->names[i]);
		fclose(f);
		other.allconfig = allconfig.buf;
		if (configure(&other, ai, "allmodconfig"))
			goto out;
	}
	if (!kconfig_load(out, config.buf)) {
		*srcarch = arches[ai].srcarch;
		r = 0;
	}
out:
	sb_release(&dir);
	sb_release(&config);
	sb_release(&allconfig);
	return r;
}

void kernel_build_free(struct kernel_build *b)
{
	free(b->srctree);
	free(b->objtree);
	free(b->name);
	kconfig_free(&b->config);
	argv_free(&b->base_flags);
}
