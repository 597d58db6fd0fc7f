/* The function being lowered: its blocks, edges and events, its access
 * paths and page objects, and the builder state the statement and
 * expression lowerings (cfg.c, lower.c) share. */
#ifndef PAGECHECK_BUILDER_H
#define PAGECHECK_BUILDER_H

#include <clang-c/Index.h>
#include "ir.h"
#include "tokens.h"

struct label {
	char *name;
	int block;
};

struct builder {
	CXTranslationUnit tu;
	const struct catalog *cat;
	struct function *fn;
	struct token_map tm;
	int cur;		/* the block events go into */
	int *brk, nbrk, cbrk;	/* where break and continue go, innermost last */
	int *cont, ncont, ccont;
	int sw_dispatch;	/* the block of the innermost switch's test */
	bool sw_default;
	struct label *labels;
	int nlabels, clabels;
	int ntemps;
	/* `struct page **pp = pages;` over a local array: pp names the array
	 * (skb_splice_from_iter() extracts into &pp, then reads pages[i]) */
	struct page_array_alias { CXCursor var; char *array; } *aliases;
	int naliases, caliases;
	/* Lowers a statement: a statement expression ({ ... }) holds
	 * statements, and cfg.c, which lowers them, sits above lower.c. */
	void (*stmt)(struct builder *b, CXCursor c);
	/* what values that are no pages hold (lower_held.c) */
	struct held *held;
};

int block_new(struct builder *b);
void block_add_succ(struct builder *b, int from, int to);
/* End the current block with a jump to to / a branch on the path cond. */
void block_jump(struct builder *b, int to);
void block_branch(struct builder *b, int cond, enum outcome on_true, int t, int f);
struct event *event_emit(struct builder *b, enum ev_kind kind, struct loc loc);

/* The path of that name (one per name; a member path records its struct
 * and field). */
int path_intern(struct builder *b, const char *name, const char *strct, const char *field);
/* A path of its own for an intermediate value ("$0"). */
int path_temp(struct builder *b);
/* "pages[]", the group of every element of the array path names. */
int path_elements(struct builder *b, int path);
/* The object a path stands for where it is first read, if it has none yet:
 * its origin from the catalog's fields, else unknown. */
void path_ensure_root(struct builder *b, int path);
/* A new page object, or -1 past MAX_OBJS (the function says so). */
int object_new(struct builder *b, enum obj_kind kind, const char *name, unsigned origin,
	       struct loc site, const char *api);

#endif
