/* The sections of index.html besides the page itself (audit_html.c). */
#ifndef PAGECHECK_AUDIT_HTML_H
#define PAGECHECK_AUDIT_HTML_H

#include "audit.h"

/* per-directory bars of sites by verdict and findings (inline SVG) */
void html_chart(FILE *out, const struct audit *a);
/* each finding with its path as numbered steps over the functions' lines */
void html_findings(FILE *out, struct audit *a);
/* what --diff's document says appeared, disappeared, changed */
void html_diff(FILE *out, const struct audit *a);

#endif
