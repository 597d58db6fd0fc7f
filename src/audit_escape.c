#include "audit_escape.h"
#include "audit.h"

#include <stdarg.h>
#include <string.h>

void html_putn(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default:
			if (c >= 0x20 || c == '\t')
				fputc(c, out);
		}
	}
}

void html_put(FILE *out, const char *s)
{
	html_putn(out, s, strlen(s));
}

/* Only %s, %d, %u, %zu and %% occur in the writers' formats: each %s
 * argument is escaped, the rest printed as it is. */
void html_printf(FILE *out, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			fputc(*p, out);
			continue;
		}
		p++;
		if (*p == 's')
			html_put(out, va_arg(ap, const char *));
		else if (*p == 'd')
			fprintf(out, "%d", va_arg(ap, int));
		else if (*p == 'u')
			fprintf(out, "%u", va_arg(ap, unsigned));
		else if (*p == 'z' && p[1] == 'u')
			fprintf(out, "%zu", va_arg(ap, size_t)), p++;
		else
			fputc('%', out);
		if (!*p)
			break;
	}
	va_end(ap);
}

void md_put(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (strchr("|`*_[]<>\\#", *s))
			fprintf(out, "\\%c", *s);
		else if (*s == '\n' || *s == '\r')
			fputc(' ', out);
		else if ((unsigned char)*s >= 0x20 || *s == '\t')
			fputc(*s, out);
	}
}

/* The data-* attributes the page's filters read (audit_page.c) */
void html_filter_attributes(FILE *out, const char *verdict, const char *rule,
			    const char *confidence, const char *file, const char *text)
{
	char dir[256];

	audit_top_dir(file, dir, sizeof(dir));
	html_printf(out, " data-verdict=\"%s\" data-rule=\"%s\" data-confidence=\"%s\" "
		    "data-dir=\"%s\" data-text=\"%s\"", verdict, rule, confidence, dir, text);
}
