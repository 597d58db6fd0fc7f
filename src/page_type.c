/* Page types by the catalog's struct names (rules.yaml page_types), not by
 * the spelling of the type: "struct page" is a prefix of struct pagevec
 * and page_frag. */
#include "page_type.h"
#include "ast.h"
#include "util.h"

#include <stdlib.h>

static bool page_struct(const struct catalog *cat, CXType t, int *indirections)
{
	char *name = type_struct_name(t, indirections);
	bool r = name && name_list_has(&cat->page_structs, name);

	free(name);
	return r;
}

bool type_is_page(const struct catalog *cat, CXType t)
{
	int indirections;

	return page_struct(cat, t, &indirections);
}

bool type_is_page_array(const struct catalog *cat, CXType t)
{
	CXType c = clang_getCanonicalType(t), elem;
	int indirections;

	if (c.kind == CXType_Pointer)
		elem = clang_getCanonicalType(clang_getPointeeType(c));
	else if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
		elem = clang_getCanonicalType(clang_getArrayElementType(c));
	else
		return false;
	if (elem.kind != CXType_Pointer)
		return false;
	return page_struct(cat, clang_getPointeeType(elem), &indirections) && !indirections;
}

bool member_is_same_object(const struct catalog *cat, const char *strct, const char *field)
{
	struct strbuf key = {0};
	bool r;

	sb_addf(&key, "%s.%s", strct, field);
	r = name_list_has(&cat->page_same_object, key.buf);
	sb_release(&key);
	return r;
}
