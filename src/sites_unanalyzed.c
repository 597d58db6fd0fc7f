/* The sites of a file that did not parse: the inventory must not lose them.
 * Without an AST, the calls are found in the text as the token scan finds
 * them (a catalog name followed by '('), outside comments and strings; the
 * enclosing function is the last name called at the file's top level before
 * its body opens, which is how kernel code writes a definition. Each gets
 * the verdict `unanalyzed` and the file's failure as its reason. */
#include "sites_unanalyzed.h"
#include "rules.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_ident(int c)
{
	return isalnum(c) || c == '_';
}

/* Past a comment, string or character literal starting at i, else i. */
static size_t skip_noise(const char *t, size_t i, size_t n, unsigned *line)
{
	if (t[i] == '/' && i + 1 < n && t[i + 1] == '*') {
		for (i += 2; i + 1 < n && !(t[i] == '*' && t[i + 1] == '/'); i++)
			*line += t[i] == '\n';
		return i + 2;
	}
	if (t[i] == '/' && i + 1 < n && t[i + 1] == '/') {
		while (i < n && t[i] != '\n')
			i++;
		return i;
	}
	if (t[i] == '"' || t[i] == '\'') {
		char q = t[i++];
		for (; i < n && t[i] != q; i++) {
			if (t[i] == '\\')
				i++;
			else
				*line += t[i] == '\n';
		}
		return i + 1;
	}
	return i;
}

static void add_site(struct results *r, const struct file_status *fs, const char *function,
		     const char *api, unsigned line, unsigned col)
{
	struct site *s = results_add_site(r);

	s->file = xstrdup(fs->file);
	s->function = xstrdup(function[0] ? function : "?");
	s->api = xstrdup(api);
	s->expr = xstrdup("?");
	s->origin = xstrdup("unknown");
	s->line = line;
	s->col = col;
	s->verdict = "unanalyzed";
	s->reason = xstrdup(fs->included ? "compiled as a part of the file that includes it, "
				"whose own functions only are analyzed" : fs->reason ? fs->reason :
				"the file did not parse");
}

/* A name whose call is a site: an acquire, or an origin of pages that may
 * be secure (as the sites of parsed files are). */
static bool is_site_api(const struct catalog *cat, const char *name)
{
	const struct api *a = catalog_find(cat, name);

	return a && (a->cls == API_ACQUIRE ||
		     (a->cls == API_ORIGIN && (a->origin & (ORIGIN_MAY_BE_SECURE | ORIGIN_UNKNOWN))));
}

static void scan_text(struct results *r, const struct file_status *fs, const char *t, size_t n,
		      const struct catalog *cat)
{
	char function[128] = "", last_call[128] = "", name[128];
	unsigned line = 1, depth = 0;
	size_t line_start = 0;

	for (size_t i = 0; i < n;) {
		size_t j = skip_noise(t, i, n, &line);
		if (j != i) {
			i = j;
			continue;
		}
		if (t[i] == '\n') {
			line++;
			line_start = ++i;
			continue;
		}
		if (t[i] == '{' && depth++ == 0)
			snprintf(function, sizeof(function), "%s", last_call);
		else if (t[i] == '}' && depth)
			depth--;
		if (!is_ident((unsigned char)t[i]) || (i && is_ident((unsigned char)t[i - 1]))) {
			i++;
			continue;
		}
		for (j = i; j < n && is_ident((unsigned char)t[j]); j++)
			;
		size_t k = j;
		while (k < n && (t[k] == ' ' || t[k] == '\t'))
			k++;
		if (k < n && t[k] == '(' && j - i < sizeof(name)) {
			snprintf(name, sizeof(name), "%.*s", (int)(j - i), t + i);
			if (!depth)
				snprintf(last_call, sizeof(last_call), "%s", name);
			else if (is_site_api(cat, name))
				add_site(r, fs, function, name, line, (unsigned)(i - line_start + 1));
		}
		i = j;
	}
}

void sites_of_unparsed_files(struct results *r, const char *srctree, const struct catalog *cat)
{
	size_t nfiles = r->nfiles;

	for (size_t i = 0; i < nfiles; i++) {
		const struct file_status *fs = &r->files[i];
		struct strbuf path = {0}, text = {0};
		if (fs->analyzed || (fs->not_built && !fs->included))
			continue;
		if (fs->file[0] != '/' && srctree)
			sb_addf(&path, "%s/", srctree);
		sb_adds(&path, fs->file);
		if (!sb_read_file(&text, path.buf))
			scan_text(r, &r->files[i], text.buf, text.len, cat);
		sb_release(&text);
		sb_release(&path);
	}
}
