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

/* One question asked of the Makefiles about an object: where obj-y or
 * obj-m lists it (or the composite object it is a part of), listed()
 * answers; with why, a listing under an option that is off (or no listing
 * but an unset obj-$(CONFIG_X)) answers no, and why says so. */
struct object_question {
	int (*listed)(struct kbuild_flags *k, const char *dir, const char *var,
		      const struct object_question *q, int depth);
	const char *srcarch;
	struct strbuf *why;
};

/* What dir's Makefile says of obj (a path relative to dir, "x.o"): 1 yes,
 * 0 no, -1 it does not name it. */
static int object_answer(struct kbuild_flags *k, const char *dir, const char *obj,
			 const struct object_question *q, int depth)
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
			if (q->why && verdict < 0) {
				sb_reset(q->why);
				sb_adds(q->why, off);
				verdict = 0;
			}
			continue;
		}
		if (!strcmp(name, "obj-y") || !strcmp(name, "obj-m")) {
			verdict = q->listed(k, dir, name, q, depth + 1);
			continue;
		}
		if (!(composite = composite_of(name)))
			continue;
		if (strcmp(composite, obj)) {
			int r = object_answer(k, dir, composite, q, depth + 1);
			if (r >= 0)
				verdict = r;
		}
		free(composite);
	}
	m = makefile_of(k, dir);
	for (size_t i = 0; q->why && i < m->nunset && verdict < 0; i++)
		if (!m->unset[i].var && has_word(m->unset[i].objs, obj)) {
			sb_reset(q->why);
			sb_adds(q->why, m->unset[i].why);
			verdict = 0;
		}
	return verdict;
}

/* Whether kbuild descends into dir: its parent lists "dir/" in obj-y or
 * obj-m (1), under a config that is not set (0), or not at all (-1: the
 * top Makefile's own lists, Makefile fragments). arch/<other> is 0. */
static int dir_built(struct kbuild_flags *k, const char *dir, const char *var,
		     const struct object_question *q, int depth)
{
	const char *slash = strrchr(dir, '/');
	char *parent, *entry;
	int r;

	(void)var;
	if (!strncmp(dir, "arch/", 5)) {
		size_t n = strcspn(dir + 5, "/");
		if (strlen(q->srcarch) != n || strncmp(dir + 5, q->srcarch, n)) {
			sb_reset(q->why);
			sb_addf(q->why, "arch/%.*s is another architecture", (int)n, dir + 5);
			return 0;
		}
	}
	if (!slash)
		return 1;
	parent = strndup(dir, (size_t)(slash - dir));
	entry = xmalloc(strlen(slash + 1) + 2);
	sprintf(entry, "%s/", slash + 1);
	r = object_answer(k, parent, entry, q, depth);
	free(parent);
	free(entry);
	return r < 0 ? 1 : r;
}

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
		r = object_answer(k, dir, cut + 1, q, 0);
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
			r = object_answer(k, sibdir, rel, q, 0);
			free(rel);
			free(sibdir);
		}
		free(dir);
	}
	free(obj);
	return r;
}

int kbuild_file_built(struct kbuild_flags *k, const char *relfile, const char *srcarch,
		      struct strbuf *why)
{
	struct object_question q = {dir_built, srcarch, why};
	int r = ask_nearest(k, relfile, &q);

	if (r < 0) {
		sb_reset(why);
		sb_adds(why, "no Makefile names it (a file another one includes?)");
	}
	return r;
}

/* Listed in obj-m: a module; in obj-y: built in. */
static int in_obj_m(struct kbuild_flags *k, const char *dir, const char *var,
		    const struct object_question *q, int depth)
{
	(void)k, (void)dir, (void)q, (void)depth;
	return var[4] == 'm';
}

bool kbuild_file_in_module(struct kbuild_flags *k, const char *relfile)
{
	struct object_question q = {in_obj_m, NULL, NULL};

	return ask_nearest(k, relfile, &q) == 1;
}
