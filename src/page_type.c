/* Page types, by the spelling of the type. */
#include "page_type.h"

#include <string.h>

bool type_is_page(const struct catalog *cat, CXType t)
{
	CXString s = clang_getTypeSpelling(clang_getCanonicalType(t));
	const char *p = clang_getCString(s);
	bool r = strstr(p, "struct page") || strstr(p, "struct folio");

	(void)cat;
	clang_disposeString(s);
	return r;
}

bool type_is_page_array(const struct catalog *cat, CXType t)
{
	CXType c = clang_getCanonicalType(t), elem, page;

	if (c.kind == CXType_Pointer)
		elem = clang_getCanonicalType(clang_getPointeeType(c));
	else if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
		elem = clang_getCanonicalType(clang_getArrayElementType(c));
	else
		return false;
	if (elem.kind != CXType_Pointer)
		return false;
	page = clang_getCanonicalType(clang_getPointeeType(elem));
	return page.kind == CXType_Record && type_is_page(cat, page);
}
