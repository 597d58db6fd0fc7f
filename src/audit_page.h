/* The style and script index.html carries inline (it opens from disk, with
 * no network): the filters of the inventory and the findings, and a
 * self-test the browser test runs (index.html#selftest). */
#ifndef PAGECHECK_AUDIT_PAGE_H
#define PAGECHECK_AUDIT_PAGE_H

extern const char audit_page_css[];
extern const char audit_page_js[];

#endif
