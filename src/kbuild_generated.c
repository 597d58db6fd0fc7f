/* Headers kbuild generates while it builds a directory, which "make
 * prepare" does not: security/selinux's flask.h and av_permissions.h
 * (its Makefile: "$(obj)/flask.h: scripts/selinux/genheaders/genheaders").
 * A file that includes one would not parse; the rule in its directory's
 * Makefile says which target makes it. */
#include "kbuild_generated.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static bool listed(const struct argv_list *l, const char *s)
{
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

/* Each "$(obj)/NAME.h" a rule of the Makefile text makes, in turn. */
static const char *next_rule_header(const char *text, const char *from, char *name, size_t size)
{
	for (const char *p = strstr(from, "$(obj)/"); p; p = strstr(p + 1, "$(obj)/")) {
		const char *n = p + 7, *e = n;
		while (isalnum((unsigned char)*e) || *e == '_' || *e == '-' || *e == '.')
			e++;
		if (e - n < 3 || strncmp(e - 2, ".h", 2) || (p > text && p[-1] != '\n'))
			continue;
		while (*e == ' ' || *e == '\t')
			e++;
		if (*e != ':' || (size_t)(e - n) >= size)
			continue;
		snprintf(name, size, "%.*s", (int)strcspn(n, " \t:"), n);
		return e;
	}
	return NULL;
}

void kbuild_generated_headers(const char *srctree, const char *objtree, const char *relfile,
			      struct argv_list *targets)
{
	struct strbuf mk = {0}, text = {0}, src = {0};
	const char *slash = strrchr(relfile, '/');
	int dirlen = slash ? (int)(slash - relfile) : 0;
	char name[128];

	sb_addf(&mk, "%s/%.*s/Makefile", srctree, dirlen, relfile);
	sb_addf(&src, "%s/%s", srctree, relfile);
	if (!slash || sb_read_file(&mk, mk.buf) < 0 || sb_read_file(&text, src.buf) < 0)
		goto out;
	for (const char *p = next_rule_header(mk.buf, mk.buf, name, sizeof(name)); p;
	     p = next_rule_header(mk.buf, p, name, sizeof(name))) {
		struct strbuf inc = {0}, target = {0}, built = {0};
		sb_addf(&inc, "#include \"%s\"", name);
		/* kbuild makes no header target alone: the file's own object
		 * depends on it ($(addprefix $(obj)/,$(selinux-y)): $(obj)/flask.h) */
		sb_addf(&target, "%.*so", (int)strlen(relfile) - 1, relfile);
		sb_addf(&built, "%s/%.*s/%s", objtree, dirlen, relfile, name);
		if (strstr(text.buf, inc.buf) && access(built.buf, R_OK) &&
		    !listed(targets, target.buf))
			argv_push(targets, target.buf);
		sb_release(&inc);
		sb_release(&target);
		sb_release(&built);
	}
out:
	sb_release(&mk);
	sb_release(&text);
	sb_release(&src);
}
