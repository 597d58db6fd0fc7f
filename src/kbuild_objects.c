/* Whether kbuild builds a file for this config and arch, read from the
 * Makefiles kbuild_makefile.c evaluates: the object, the composite object
 * it is part of, the directories above it, down to obj-y/obj-m; a listing
 * under an option that is not set (or arch/<other>) says no, and why. */
#include "kbuild_internal.h"
#include "kbuild_makefile.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool has_word(const char *list, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = list ? strstr(list, word) : NULL; p; p = strstr(p + 1, word))
		if ((p == list || isspace((unsigned char)p[-1])) &&
		    (!p[n] || isspace((unsigned char)p[n])))
			return true;
	return false;
}

static int dir_built(struct kbuild_flags *k, const char *dir, const char *srcarch,
		     struct strbuf *why, int depth);

/* Why obj was put in var only under a conditional kbuild does not take,
 * or NULL. */
static const char *false_branch(const struct makefile *m, const char *var, const char *obj)
{
	for (size_t i = 0; i < m->nunset; i++)
		if (m->unset[i].var && !strcmp(m->unset[i].var, var) &&
		    has_word(m->unset[i].objs, obj))
			return m->unset[i].why;
	return NULL;
}

/* "foo-y", "foo-m", "foo-objs" list the parts of composite object foo.o:
 * its name (to free), else NULL (obj-y, obj-m and other variables). */
static char *composite_of(const char *name)
{
	size_t len = strlen(name);
	char *composite;

	if (len > 2 && (!strcmp(name + len - 2, "-y") || !strcmp(name + len - 2, "-m")))
		len -= 2;
	else if (len > 5 && !strcmp(name + len - 5, "-objs"))
		len -= 5;
	else
		return NULL;
	if (len == 3 && !strncmp(name, "obj", 3))
		return NULL;
	composite = xmalloc(len + 3);
	snprintf(composite, len + 3, "%.*s.o", (int)len, name);
	return composite;
}

/* Whether the Makefile of dir builds obj (a path relative to dir, "x.o"):
 * 1 yes, 0 no (why says which config is not set), -1 it does not name it. */
static int object_built(struct kbuild_flags *k, const char *dir, const char *obj,
			const char *srcarch, struct strbuf *why, int depth)
{
	struct makefile *m = makefile_of(k, dir);
	int verdict = -1;

	if (depth > 8)
		return -1;
	for (size_t i = 0; i < m->n && verdict != 1; i++, m = makefile_of(k, dir)) {
		/* the recursion below reads other Makefiles: k->dirs may move */
		const char *name = m->v[i].name;
		char *composite;
		const char *off;
		if (!has_word(m->v[i].value, obj))
			continue;
		if ((off = false_branch(m, name, obj))) {
			if (verdict < 0) {
				sb_reset(why);
				sb_adds(why, off);
				verdict = 0;
			}
			continue;
		}
		if (!strcmp(name, "obj-y") || !strcmp(name, "obj-m")) {
			verdict = dir_built(k, dir, srcarch, why, depth + 1);
			continue;
		}
		if (!(composite = composite_of(name)))
			continue;
		if (strcmp(composite, obj)) {
			int r = object_built(k, dir, composite, srcarch, why, depth + 1);
			if (r >= 0)
				verdict = r;
		}
		free(composite);
	}
	m = makefile_of(k, dir);
	for (size_t i = 0; i < m->nunset && verdict < 0; i++)
		if (!m->unset[i].var && has_word(m->unset[i].objs, obj)) {
			sb_reset(why);
			sb_adds(why, m->unset[i].why);
			verdict = 0;
		}
	return verdict;
}

/* Whether kbuild descends into dir: its parent lists "dir/" in obj-y or
 * obj-m (1), under a config that is not set (0), or not at all (-1: the
 * top Makefile's own lists, Makefile fragments). arch/<other> is 0. */
static int dir_built(struct kbuild_flags *k, const char *dir, const char *srcarch,
		     struct strbuf *why, int depth)
{
	const char *slash = strrchr(dir, '/');
	char *parent, *entry;
	int r;

	if (!strncmp(dir, "arch/", 5)) {
		size_t n = strcspn(dir + 5, "/");
		if (strlen(srcarch) != n || strncmp(dir + 5, srcarch, n)) {
			sb_reset(why);
			sb_addf(why, "arch/%.*s is another architecture", (int)n, dir + 5);
			return 0;
		}
	}
	if (!slash)
		return 1;
	parent = strndup(dir, (size_t)(slash - dir));
	entry = xmalloc(strlen(slash + 1) + 2);
	sprintf(entry, "%s/", slash + 1);
	r = object_built(k, parent, entry, srcarch, why, depth);
	free(parent);
	free(entry);
	return r < 0 ? 1 : r;
}

/* What a question about dir's Makefile and obj (relative to dir) answers:
 * 1 yes, 0 no, -1 the Makefile does not name obj. */
struct object_question {
	int (*ask)(struct kbuild_flags *k, const char *dir, const char *obj,
		   const struct object_question *q);
	const char *srcarch;
	struct strbuf *why;
};

/* The nearest Makefile naming relfile's object answers (i915/Makefile
 * lists gem/x.o); else the sibling whose Makefile includes the directory's
 * (amdgpu's names ../amdkfd/kfd_svm.o); else -1. */
static int ask_nearest(struct kbuild_flags *k, const char *relfile,
		       const struct object_question *q)
{
	char *obj = xstrdup(relfile), *cut;
	int r = -1;

	if (strlen(obj) < 2 || strcmp(obj + strlen(obj) - 2, ".c")) {
		free(obj);
		return -1;
	}
	obj[strlen(obj) - 1] = 'o';
	for (cut = strrchr(obj, '/'); cut && r < 0; ) {
		char *dir = strndup(obj, (size_t)(cut - obj));
		r = q->ask(k, dir, cut + 1, q);
		free(dir);
		while (--cut > obj && *cut != '/')
			;
		if (cut == obj)
			cut = NULL;
	}
	if (r < 0 && strchr(obj, '/')) {
		char *slash = strrchr(obj, '/'), *dir = strndup(obj, (size_t)(slash - obj));
		struct makefile *sib = including_sibling(k, dir);	/* NULL at the top */
		if (sib) {
			char *sibdir = xstrdup(sib->dir), *rel = xmalloc(strlen(obj) + 4);
			sprintf(rel, "../%s/%s", strrchr(dir, '/') + 1, slash + 1);
			r = q->ask(k, sibdir, rel, q);
			free(rel);
			free(sibdir);
		}
		free(dir);
	}
	free(obj);
	return r;
}

static int ask_built(struct kbuild_flags *k, const char *dir, const char *obj,
		     const struct object_question *q)
{
	return object_built(k, dir, obj, q->srcarch, q->why, 0);
}

int kbuild_file_built(struct kbuild_flags *k, const char *relfile, const char *srcarch,
		      struct strbuf *why)
{
	struct object_question q = {ask_built, srcarch, why};
	int r = ask_nearest(k, relfile, &q);

	if (r < 0) {
		sb_reset(why);
		sb_adds(why, "no Makefile names it (a file another one includes?)");
	}
	return r;
}

/* Is obj in dir part of a module: listed in obj-m, or a part of a
 * composite object that is? 1 yes, 0 built in, -1 not named. */
static int object_in_module(struct kbuild_flags *k, const char *dir, const char *obj,
			    int depth)
{
	struct makefile *m = makefile_of(k, dir);
	int verdict = -1;

	if (depth > 8)
		return -1;
	for (size_t i = 0; i < m->n && verdict != 1; i++, m = makefile_of(k, dir)) {
		const char *name = m->v[i].name;
		char *composite;
		if (!has_word(m->v[i].value, obj) || false_branch(m, name, obj))
			continue;
		if (!strcmp(name, "obj-m") || !strcmp(name, "obj-y")) {
			verdict = name[4] == 'm';
			continue;
		}
		if (!(composite = composite_of(name)))
			continue;
		if (strcmp(composite, obj)) {
			int r = object_in_module(k, dir, composite, depth + 1);
			if (r >= 0)
				verdict = r;
		}
		free(composite);
	}
	return verdict;
}

static int ask_in_module(struct kbuild_flags *k, const char *dir, const char *obj,
			 const struct object_question *q)
{
	(void)q;
	return object_in_module(k, dir, obj, 0);
}

bool kbuild_file_in_module(struct kbuild_flags *k, const char *relfile)
{
	struct object_question q = {ask_in_module, NULL, NULL};

	return ask_nearest(k, relfile, &q) == 1;
}
