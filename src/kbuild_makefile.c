/* The flags kbuild adds for one file beyond the config's own: the
 * directory's ccflags-y, the subdir-ccflags-y of it and its parents, and the
 * object's CFLAGS_<name>.o (Documentation/kbuild/makefiles.rst, 3.7).
 *
 * A Makefile is read by a small evaluator, not by make: assignments
 * (=, :=, +=, ?=) with names and values expanded when read, $(srctree),
 * $(objtree), $(src), $(obj), $(CONFIG_*) from .config, $(addprefix ...),
 * and include. Conditionals are ignored (every branch is read): what matters
 * here are include directories, and an extra -I does no harm where a missing
 * one fails the parse. Other functions ($(call ...), $(shell ...)) expand to
 * nothing. */
#include "kbuild_makefile.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <limits.h>
#include <unistd.h>

#include "kbuild_internal.h"

struct kbuild_flags *kbuild_flags_new(const char *srctree, const char *objtree,
				      const struct kconfig *config)
{
	struct kbuild_flags *k = xcalloc(1, sizeof(*k));

	k->srctree = xstrdup(srctree);
	k->objtree = xstrdup(objtree);
	k->config = config;
	return k;
}

static struct var *find_var(struct makefile *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->v[i].name, name))
			return &m->v[i];
	return NULL;
}

static void set_var(struct makefile *m, const char *name, const char *value, bool append)
{
	struct var *v = find_var(m, name);
	struct strbuf sb = {0};

	if (!v) {
		GROW(m->v, m->n, m->cap);
		v = &m->v[m->n++];
		v->name = xstrdup(name);
		v->value = NULL;
	}
	if (append && v->value && *v->value)
		sb_addf(&sb, "%s %s", v->value, value);
	else
		sb_adds(&sb, value);
	free(v->value);
	v->value = sb_detach(&sb);
}

#define MAX_CONDS 16

/* An enclosing ifeq/ifneq/ifdef/ifndef: 1 true, 0 false, -1 not one the
 * evaluator can decide (read as true, as every branch used to be) */
struct cond {
	int state;
	char *why;	/* for a false one: "CONFIG_X is not set (ifneq ... in FILE)" */
};

struct eval {
	struct kbuild_flags *k;
	struct makefile *m;
	const char *path;	/* the Makefile being read, relative to srctree */
	struct cond conds[MAX_CONDS];
	int nconds;		/* may exceed MAX_CONDS: the deeper ones are unknown */
	bool in_rule;		/* after a rule line: tab-led lines are its recipe */
};

static char *expand(struct eval *e, const char *s);

/* The end of a $( ... ) or ${ ... } reference starting at open. */
static const char *matching_close(const char *open)
{
	char o = *open, c = o == '(' ? ')' : '}';
	int depth = 0;

	for (const char *p = open; *p; p++) {
		if (*p == o)
			depth++;
		else if (*p == c && --depth == 0)
			return p;
	}
	return NULL;
}

static char *trimmed(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return strndup(s, n);
}

/* $(addprefix P,words) and $(addsuffix S,words); other functions: empty. */
static char *expand_function(struct eval *e, const char *fn, size_t fnlen, const char *args)
{
	const char *comma = strchr(args, ',');
	struct strbuf sb = {0};
	char *affix, *words, *save = NULL;
	bool prefix = fnlen == 9 && !strncmp(fn, "addprefix", 9);

	if (!comma || !(prefix || (fnlen == 9 && !strncmp(fn, "addsuffix", 9))))
		return xstrdup("");
	words = strndup(args, (size_t)(comma - args));
	affix = expand(e, words);
	free(words);
	words = expand(e, comma + 1);
	for (char *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		sb_addf(&sb, "%s%s%s ", prefix ? affix : "", w, prefix ? "" : affix);
	free(affix);
	free(words);
	return sb_detach(&sb);
}

static const char *lookup(struct eval *e, const char *name)
{
	struct var *v;

	if (!strcmp(name, "srctree"))
		return e->k->srctree;
	if (!strcmp(name, "objtree"))
		return e->k->objtree;
	if (!strcmp(name, "src") || !strcmp(name, "obj"))
		return e->m->dir;
	if (!strncmp(name, "CONFIG_", 7))
		return kconfig_get(e->k->config, name);
	v = find_var(e->m, name);
	return v ? v->value : NULL;
}

/* $(VAR) and make's substitution reference $(VAR:a=b), each word's
 * suffix a made b: kbuild's obj-$(CONFIG_FCOE:m=y), big-$(CONFIG_BIG:m=y). */
static void substitution_ref(struct eval *e, char *name, struct strbuf *out)
{
	char *colon = strchr(name, ':'), *eq = colon ? strchr(colon, '=') : NULL;
	char *words, *save = NULL;
	const char *v;
	size_t from;

	if (!eq) {
		v = lookup(e, name);
		sb_adds(out, v ? v : "");
		return;
	}
	*colon = *eq = '\0';
	from = strlen(colon + 1);
	v = lookup(e, name);
	words = xstrdup(v ? v : "");
	for (char *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		size_t n = strlen(w);
		bool match = n >= from && !strcmp(w + n - from, colon + 1);
		sb_addf(out, "%s%.*s%s", w == words ? "" : " ", (int)(match ? n - from : n), w,
			match ? eq + 1 : "");
	}
	free(words);
}

/* Expands every variable reference in s; takes ownership of nothing. */
static char *expand(struct eval *e, const char *s)
{
	struct strbuf sb = {0};

	for (const char *p = s; *p; p++) {
		const char *close, *inner, *space;
		char *name, *value;
		if (*p != '$') {
			sb_addf(&sb, "%c", *p);
			continue;
		}
		if (p[1] == '$') {
			sb_adds(&sb, "$");
			p++;
			continue;
		}
		if (p[1] != '(' && p[1] != '{') {	/* $@, $<: automatic variables */
			if (p[1])
				p++;
			continue;
		}
		close = matching_close(p + 1);
		if (!close)
			break;
		inner = p + 2;
		space = strpbrk(inner, " \t");
		if (space && space < close && !memchr(inner, '$', (size_t)(space - inner))) {
			char *args = strndup(space + 1, (size_t)(close - space - 1));
			value = expand_function(e, inner, (size_t)(space - inner), args);
			sb_adds(&sb, value);
			free(value);
			free(args);
		} else {
			char *raw = strndup(inner, (size_t)(close - inner));
			name = expand(e, raw);
			substitution_ref(e, name, &sb);
			free(name);
			free(raw);
		}
		p = close;
	}
	return sb_detach(&sb);
}

static bool starts_with_word(const char *s, const char *word)
{
	size_t n = strlen(word);
	return !strncmp(s, word, n) && (s[n] == '\0' || isspace((unsigned char)s[n]));
}

static void read_makefile(struct eval *e, const char *path, int depth);

static void include_files(struct eval *e, const char *spec, int depth)
{
	char *files = expand(e, spec), *save = NULL;

	for (char *w = strtok_r(files, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		struct strbuf sb = {0};
		if (w[0] == '/')
			sb_adds(&sb, w);
		else
			sb_addf(&sb, "%s/%s", e->k->srctree, w);
		char *real = realpath(sb.buf, NULL);
		if (real)
			argv_push(&e->m->includes, real);
		free(real);
		read_makefile(e, sb.buf, depth + 1);
		sb_release(&sb);
	}
	free(files);
}

/* One logical line: an include, an assignment, or something ignored. */
/* raw is an assignment's name as written: "obj-$(CONFIG_FOO)" with FOO
 * not set is kept with the config's name, for "not built" to say why. Any
 * other form (a function, two variables) says nothing. */
static void note_unset(struct eval *e, const char *written, const char *objs)
{
	char *raw = trimmed(written, strlen(written));
	char *dollar = strstr(raw, "-$(CONFIG_"), *close = dollar ? strchr(dollar, ')') : NULL;
	const char *value;
	struct unset_list *u;

	/* exactly prefix-$(CONFIG_NAME): nothing after it, nothing expanded before */
	if (!dollar || dollar == raw || !close || close[1] || memchr(raw, '$', (size_t)(dollar - raw))) {
		free(raw);
		return;
	}
	*close = '\0';
	/* a plain option name: $(CONFIG_FCOE:m=y) substitutes, it names no option */
	for (const char *c = dollar + 3; *c; c++)
		if (!isalnum((unsigned char)*c) && *c != '_') {
			free(raw);
			return;
		}
	value = kconfig_get(e->k->config, dollar + 3);
	if (!value || !*value || !strcmp(value, "n")) {
		struct strbuf why = {0};
		sb_addf(&why, "%s is not set (%.*s-$(%s) in %s)", dollar + 3, (int)(dollar - raw),
			raw, dollar + 3, e->path);
		GROW(e->m->unset, e->m->nunset, e->m->cunset);
		u = &e->m->unset[e->m->nunset++];
		u->var = NULL;
		u->objs = xstrdup(objs);
		u->why = sb_detach(&why);
	}
	free(raw);
}

/* Objects a plain assignment takes out of var again, where kbuild reads
 * it (no enclosing conditional that is false or unknown): mm/Makefile's
 * "mmu-y := nommu.o" then "mmu-$(CONFIG_MMU) := highmem.o ..." with
 * CONFIG_MMU set. */
static void note_dropped(struct eval *e, const char *var, const char *value)
{
	struct var *v = find_var(e->m, var);
	struct strbuf dropped = {0}, why = {0};
	char *words, *save = NULL;

	for (int i = 0; i < e->nconds; i++)
		if (i >= MAX_CONDS || e->conds[i].state != 1)
			return;
	if (!v || !v->value)
		return;
	words = xstrdup(v->value);
	for (char *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		size_t n = strlen(w);
		bool listed = false;
		if (n < 3 || (strcmp(w + n - 2, ".o") && w[n - 1] != '/'))
			continue;
		for (const char *p = strstr(value, w); p && !listed; p = strstr(p + 1, w))
			listed = (p == value || isspace((unsigned char)p[-1])) &&
				 (!p[n] || isspace((unsigned char)p[n]));
		if (!listed)
			sb_addf(&dropped, "%s%s", dropped.len ? " " : "", w);
	}
	free(words);
	if (dropped.len) {
		struct unset_list *u;
		sb_addf(&why, "%s is assigned again without it (in %s)", var, e->path);
		GROW(e->m->unset, e->m->nunset, e->m->cunset);
		u = &e->m->unset[e->m->nunset++];
		u->var = NULL;
		u->objs = sb_detach(&dropped);
		u->why = sb_detach(&why);
	}
	sb_release(&dropped);
}

/* Words added to var under a conditional known to be false. */
static void note_false_branch(struct eval *e, const char *var, const char *objs)
{
	struct unset_list *u;

	int known = e->nconds < MAX_CONDS ? e->nconds : MAX_CONDS;

	for (int i = 0; i < known; i++)
		if (e->conds[i].state == 0) {
			GROW(e->m->unset, e->m->nunset, e->m->cunset);
			u = &e->m->unset[e->m->nunset++];
			u->var = xstrdup(var);
			u->objs = xstrdup(objs);
			u->why = xstrdup(e->conds[i].why);
			return;
		}
}

/* A plain option name, or NULL: "CONFIG_X" as written, or "$(CONFIG_X)". */
static char *option_of(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n > 3 && !strncmp(s, "$(", 2) && s[n - 1] == ')')
		s += 2, n -= 3;
	if (n < 8 || strncmp(s, "CONFIG_", 7))
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return NULL;
	return strndup(s, n);
}

/* ifdef CONFIG_X, ifndef CONFIG_X, ifeq/ifneq ($(CONFIG_X),) and
 * ($(CONFIG_X),y|m): decided from .config; anything else is unknown. */
static void push_conditional(struct eval *e, const char *line)
{
	bool neg = starts_with_word(line, "ifneq") || starts_with_word(line, "ifndef");
	bool def = starts_with_word(line, "ifdef") || starts_with_word(line, "ifndef");
	const char *args = line + strcspn(line, " \t("), *comma, *close;
	struct cond c = {-1, NULL};
	char *option = NULL, *want = NULL;
	const char *value;

	if (def) {
		option = option_of(args, strlen(args));
	} else if ((args = strchr(args, '(')) && (comma = strchr(args, ',')) &&
		   (close = strrchr(comma, ')'))) {
		option = option_of(args + 1, (size_t)(comma - args - 1));
		want = trimmed(comma + 1, (size_t)(close - comma - 1));
		if (*want && strcmp(want, "y") && strcmp(want, "m")) {
			free(option);
			option = NULL;
		}
	}
	if (option) {
		bool set, holds;
		value = kconfig_get(e->k->config, option);
		set = value && *value && strcmp(value, "n");
		if (def)
			holds = set;			/* ifdef CONFIG_X */
		else if (!*want)
			holds = !set;			/* ifeq ($(CONFIG_X),) */
		else
			holds = set && !strcmp(value, want);	/* ifeq ($(CONFIG_X),y) */
		c.state = neg ? !holds : holds;
		if (!c.state) {
			struct strbuf why = {0};
			sb_addf(&why, "%s is %s (%s in %s)", option, set ? value : "not set", line,
				e->path);
			c.why = sb_detach(&why);
		}
	}
	free(option);
	free(want);
	if (e->nconds < MAX_CONDS)
		e->conds[e->nconds] = c;
	else
		free(c.why);
	e->nconds++;
}

/* true when line was a conditional directive */
static bool conditional_line(struct eval *e, const char *line)
{
	static const char *const ifs[] = {"ifeq", "ifneq", "ifdef", "ifndef", NULL};
	struct cond *top = e->nconds > 0 && e->nconds <= MAX_CONDS ? &e->conds[e->nconds - 1]
								   : NULL;

	for (int i = 0; ifs[i]; i++)
		if (starts_with_word(line, ifs[i])) {
			push_conditional(e, line);
			return true;
		}
	if (starts_with_word(line, "else")) {
		if (top && top->state >= 0) {	/* "else ifeq ..." is left unknown */
			bool chained = strlen(line) > 4 && strspn(line + 4, " \t") < strlen(line + 4);
			top->state = chained ? -1 : !top->state;
			if (top->state != 0) {
				free(top->why);
				top->why = NULL;
			} else if (!top->why) {
				top->why = xstrdup("the branch kbuild does not take");
			}
		}
		return true;
	}
	if (starts_with_word(line, "endif")) {
		if (top)
			free(top->why);
		if (e->nconds > 0)
			e->nconds--;
		return true;
	}
	return false;
}

static void eval_line(struct eval *e, char *line, int depth)
{
	static const char *const ignored[] = {"undefine", NULL};
	char *op = NULL, *name, *value;
	bool append = false, conditional = false;

	/* make's rule: a tab-led line is a recipe only after a rule; elsewhere
	 * it is Makefile text (caam's "\tccflags-y += -DCONFIG_CAAM_QI"
	 * inside an ifneq) */
	if (line[0] == '\t' && e->in_rule)
		return;
	while (isspace((unsigned char)*line))
		line++;
	if (!*line)
		return;
	if (conditional_line(e, line))
		return;	/* every branch is still read: an extra -I does no harm */
	e->in_rule = false;	/* conditionals do not end a recipe; other lines do */
	for (int i = 0; ignored[i]; i++)
		if (starts_with_word(line, ignored[i]))
			return;
	if (starts_with_word(line, "include") || starts_with_word(line, "sinclude")) {
		include_files(e, line + (line[0] == 's' ? 8 : 7), depth);
		return;
	}
	if (starts_with_word(line, "-include")) {
		include_files(e, line + 8, depth);
		return;
	}
	if (starts_with_word(line, "export"))
		line += 6;
	if (starts_with_word(line, "override"))
		line += 8;
	for (char *p = line; *p; p++) {
		if (*p == '$' && (p[1] == '(' || p[1] == '{')) {
			const char *c = matching_close(p + 1);
			if (!c)
				return;
			p = (char *)c;
			continue;
		}
		if (*p == '=') {
			op = p;
			break;
		}
		if (*p == ':' && p[1] != '=' && !(p[1] == ':' && p[2] == '=')) {
			e->in_rule = true;	/* a rule, or a target-specific variable */
			return;
		}
	}
	if (!op)
		return;
	value = op + 1;
	if (op > line && op[-1] == '+')
		append = true, op--;
	else if (op > line && op[-1] == '?')
		conditional = true, op--;
	while (op > line && op[-1] == ':')
		op--;
	*op = '\0';
	{
		char *raw = trimmed(line, strlen(line));
		name = expand(e, raw);
		free(raw);
	}
	if (*name && !(conditional && find_var(e->m, name))) {
		char *raw = trimmed(value, strlen(value));
		char *expanded = expand(e, raw);
		if (!append)
			note_dropped(e, name, expanded);
		set_var(e->m, name, expanded, append);
		note_unset(e, line, expanded);
		note_false_branch(e, name, expanded);
		free(expanded);
		free(raw);
	}
	free(name);
}

static void read_makefile(struct eval *e, const char *path, int depth)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct strbuf logical = {0};
	bool in_define = false;
	const char *outer = e->path;
	size_t top = strlen(e->k->srctree);

	if (depth > 8 || !(f = fopen(path, "r")))
		return;
	/* the reasons name the Makefile as a reader of the tree knows it */
	e->path = !strncmp(path, e->k->srctree, top) && path[top] == '/' ? path + top + 1 : path;
	while ((len = getline(&line, &cap, f)) > 0) {
		char *hash;
		bool continued;
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		continued = len && line[len - 1] == '\\';
		if (continued)
			line[--len] = '\0';
		hash = strchr(line, '#');
		if (hash && (hash == line || hash[-1] != '\\'))
			*hash = '\0';
		sb_adds(&logical, logical.len ? " " : "");
		sb_adds(&logical, line);
		if (continued)
			continue;
		if (starts_with_word(logical.buf + strspn(logical.buf, " \t"), "define"))
			in_define = true;
		else if (in_define)
			in_define = !starts_with_word(logical.buf + strspn(logical.buf, " \t"),
						      "endef");
		else
			eval_line(e, logical.buf, depth);
		sb_reset(&logical);
	}
	sb_release(&logical);
	free(line);
	fclose(f);
	e->path = outer;
}

struct makefile *makefile_of(struct kbuild_flags *k, const char *dir)
{
	struct makefile *m;
	struct eval e;
	struct strbuf path = {0};

	for (size_t i = 0; i < k->ndirs; i++)
		if (!strcmp(k->dirs[i].dir, dir))
			return &k->dirs[i];
	GROW(k->dirs, k->ndirs, k->cdirs);
	m = &k->dirs[k->ndirs++];
	memset(m, 0, sizeof(*m));
	m->dir = xstrdup(dir);
	/* kbuild reads Kbuild in preference to Makefile */
	sb_addf(&path, "%s/%s/Kbuild", k->srctree, dir);
	if (access(path.buf, R_OK)) {
		sb_reset(&path);
		sb_addf(&path, "%s/%s/Makefile", k->srctree, dir);
	}
	e = (struct eval){.k = k, .m = m};
	read_makefile(&e, path.buf, 0);
	/* a Makefile that ends inside a conditional (a missing endif) */
	for (int i = 0; i < e.nconds && i < MAX_CONDS; i++)
		free(e.conds[i].why);
	sb_release(&path);
	return m;
}

/* Keeps the preprocessor options of a flags string; relative include
 * directories are searched in the source and the build tree, as kbuild
 * does for out-of-tree builds. */
static void add_preprocessor_flags(struct kbuild_flags *k, const char *flags,
				   struct argv_list *out)
{
	static const char *const path_opts[] = {"-I", "-isystem", "-iquote", "-idirafter",
						"-include", NULL};
	char *copy, *save = NULL;

	if (!flags)
		return;
	copy = xstrdup(flags);
	for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		const char *opt = NULL, *val = NULL;
		for (int i = 0; path_opts[i] && !opt; i++) {
			size_t n = strlen(path_opts[i]);
			if (!strncmp(w, path_opts[i], n)) {
				opt = path_opts[i];
				val = w[n] ? w + n : strtok_r(NULL, " \t", &save);
			}
		}
		if (opt && val && val[0] != '/') {
			struct strbuf sb = {0};
			sb_addf(&sb, "%s/%s", k->srctree, val);
			argv_push(out, opt);
			argv_push(out, sb.buf);
			sb_reset(&sb);
			sb_addf(&sb, "%s/%s", k->objtree, val);
			argv_push(out, opt);
			argv_push(out, sb.buf);
			sb_release(&sb);
		} else if (opt && val) {
			argv_push(out, opt);
			argv_push(out, val);
		} else if (!strncmp(w, "-D", 2) || !strncmp(w, "-U", 2)) {
			if (w[2])
				argv_push(out, w);
			else if ((val = strtok_r(NULL, " \t", &save))) {
				argv_push(out, w);
				argv_push(out, val);
			}
		}
	}
	free(copy);
}

static bool builds_objects(const struct makefile *m)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strncmp(m->v[i].name, "obj-", 4) || !strncmp(m->v[i].name, "lib-", 4))
			return true;
	return false;
}

/* Big drivers (nouveau, amdgpu) list the objects of subdirectories in
 * Makefile fragments that the driver's Makefile includes: such a directory
 * builds nothing itself, and its files get the flags of the nearest parent
 * directory that does. */
/* The sibling directory whose Makefile includes dir's (amdgpu/Makefile
 * includes ../amdkfd/Makefile: amdkfd's objects are part of amdgpu.o and
 * get its flags), or NULL. */
struct makefile *including_sibling(struct kbuild_flags *k, const char *dir)
{
	const char *slash = strrchr(dir, '/');
	struct strbuf path = {0};
	struct makefile *found = NULL;
	char *real, *parent;
	DIR *d;

	if (!slash)
		return NULL;
	sb_addf(&path, "%s/%s/Makefile", k->srctree, dir);
	real = realpath(path.buf, NULL);
	parent = strndup(dir, (size_t)(slash - dir));
	sb_reset(&path);
	sb_addf(&path, "%s/%s", k->srctree, parent);
	d = real ? opendir(path.buf) : NULL;
	for (struct dirent *de; d && !found && (de = readdir(d)); ) {
		struct strbuf sib = {0};
		struct makefile *m;
		if (de->d_name[0] == '.' || !strcmp(de->d_name, slash + 1))
			continue;
		sb_addf(&sib, "%s/%s/%s/Makefile", k->srctree, parent, de->d_name);
		if (!access(sib.buf, R_OK)) {
			sb_reset(&sib);
			sb_addf(&sib, "%s/%s", parent, de->d_name);
			m = makefile_of(k, sib.buf);
			for (int i = 0; i < m->includes.n && !found; i++)
				if (!strcmp(m->includes.v[i], real))
					found = m;
		}
		sb_release(&sib);
	}
	if (d)
		closedir(d);
	free(real);
	free(parent);
	sb_release(&path);
	return found;
}

static struct makefile *kbuild_dir_of(struct kbuild_flags *k, char *dir)
{
	char *up = xstrdup(dir), *slash;
	struct makefile *m;

	/* makefile_of() may move k->dirs: no pointer is kept across calls */
	if (!builds_objects(makefile_of(k, dir)) && (m = including_sibling(k, dir))) {
		free(up);
		return m;
	}
	while (!builds_objects(makefile_of(k, up)) && (slash = strrchr(up, '/'))) {
		*slash = '\0';
		if (builds_objects(makefile_of(k, up))) {
			m = makefile_of(k, up);
			free(up);
			return m;
		}
	}
	free(up);
	return makefile_of(k, dir);
}

void kbuild_file_flags(struct kbuild_flags *k, const char *relfile, struct argv_list *out)
{
	char *dir = xstrdup(relfile), *slash = strrchr(dir, '/');
	const char *base = slash ? slash + 1 : relfile;
	struct strbuf name = {0};
	struct makefile *m;
	struct var *v;

	if (slash)
		*slash = '\0';
	else
		dir[0] = '\0';
	/* subdir-ccflags-y of every ancestor below the top Makefile */
	for (char *p = strchr(dir, '/'); ; p = strchr(p + 1, '/')) {
		char *upto = strndup(dir, p ? (size_t)(p - dir) : strlen(dir));
		if (*upto && (v = find_var(makefile_of(k, upto), "subdir-ccflags-y")))
			add_preprocessor_flags(k, v->value, out);
		free(upto);
		if (!p)
			break;
	}
	m = kbuild_dir_of(k, dir);
	if ((v = find_var(m, "ccflags-y")))
		add_preprocessor_flags(k, v->value, out);
	if ((v = find_var(m, "EXTRA_CFLAGS")))
		add_preprocessor_flags(k, v->value, out);
	sb_addf(&name, "CFLAGS_%.*s.o", (int)(strlen(base) - 2), base);
	if ((v = find_var(m, name.buf)))
		add_preprocessor_flags(k, v->value, out);
	sb_release(&name);
	free(dir);
}

void kbuild_flags_free(struct kbuild_flags *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->ndirs; i++) {
		for (size_t j = 0; j < k->dirs[i].nunset; j++) {
			free(k->dirs[i].unset[j].var);
			free(k->dirs[i].unset[j].why);
			free(k->dirs[i].unset[j].objs);
		}
		free(k->dirs[i].unset);
		argv_free(&k->dirs[i].includes);
		for (size_t j = 0; j < k->dirs[i].n; j++) {
			free(k->dirs[i].v[j].name);
			free(k->dirs[i].v[j].value);
		}
		free(k->dirs[i].v);
		free(k->dirs[i].dir);
	}
	free(k->dirs);
	free(k->srctree);
	free(k->objtree);
	free(k);
}
