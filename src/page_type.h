/* Which C types carry a page: the catalog's page_types, matched on the
 * struct a type is about once typedefs, qualifiers, pointers and arrays
 * are stripped. */
#ifndef PAGECHECK_PAGE_TYPE_H
#define PAGECHECK_PAGE_TYPE_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include "rules.h"

bool type_is_page(const struct catalog *cat, CXType t);
/* Is strct.field the object its struct is itself (&folio->page)? */
bool member_is_same_object(const struct catalog *cat, const char *strct, const char *field);
/* struct page ** (or struct page *[N]): an array of pages a callee may fill */
bool type_is_page_array(const struct catalog *cat, CXType t);

#endif
