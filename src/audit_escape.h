/* Text from sources and findings.json written into HTML and Markdown:
 * nothing in it may become markup. */
#ifndef PAGECHECK_AUDIT_ESCAPE_H
#define PAGECHECK_AUDIT_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/* &, <, >, " and ' as entities; control characters but tab dropped */
void html_put(FILE *out, const char *s);
void html_putn(FILE *out, const char *s, size_t n);
/* printf whose %s arguments are all escaped (use %d etc. for numbers) */
void html_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A Markdown table cell or inline text: | ` * _ [ ] < > \ escaped, newlines
 * as spaces */
void md_put(FILE *out, const char *s);
/* data-verdict, data-rule, data-confidence, data-dir (of file), data-text */
void html_filter_attributes(FILE *out, const char *verdict, const char *rule,
			    const char *confidence, const char *file, const char *text);

#endif
