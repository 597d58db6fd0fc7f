/* Which C types carry a page. */
#ifndef PAGECHECK_PAGE_TYPE_H
#define PAGECHECK_PAGE_TYPE_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include "rules.h"

bool type_is_page(const struct catalog *cat, CXType t);
/* struct page ** (or struct page *[N]): an array of pages a callee may fill */
bool type_is_page_array(const struct catalog *cat, CXType t);

#endif
