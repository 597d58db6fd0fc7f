/* Access paths through struct members: base.f and base->f as written,
 * for a member expression of the function or one a header's accessor
 * returns (see lower_member.h). */
#include "lower_member.h"
#include "ast.h"
#include "page_type.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

int lower_member_path(struct builder *b, int base, CXCursor c)
{
	struct kids k = children(c);
	CXCursor field = clang_getCursorReferenced(c);
	char *fname = cursor_spelling(c), *sname = NULL;
	bool arrow = k.n > 0 &&
		clang_getCanonicalType(clang_getCursorType(k.c[0])).kind == CXType_Pointer;
	struct strbuf sb = {0};
	int r;

	free(k.c);
	if (!clang_Cursor_isNull(field))
		sname = cursor_record_name(clang_getCursorSemanticParent(field));
	if (base == VAL_UNKNOWN || base == VAL_NONE)
		base = path_temp(b);
	/* a member that is its struct's own page (rules.yaml page_types
	 * same_object): the same path, the same object */
	if (sname && member_is_same_object(b->cat, sname, fname)) {
		r = base;
	} else {
		const char *bn = b->fn->paths[base].name;
		size_t bl = strlen(bn);
		/* a member of an anonymous struct or union: buffer_info->page,
		 * as written, not buffer_info->.page */
		bool open = (bl >= 2 && !strcmp(bn + bl - 2, "->")) || (bl && bn[bl - 1] == '.');
		sb_addf(&sb, "%s%s%s", bn, open ? "" : arrow ? "->" : ".", fname);
		r = path_intern(b, sb.buf, sname && *sname ? sname : NULL, fname);
		sb_release(&sb);
	}
	free(fname);
	free(sname);
	return r;
}
