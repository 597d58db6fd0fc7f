/* The IR of one function as it is being built: blocks and edges, events,
 * access paths and page objects. */
#include "builder.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

int block_new(struct builder *b)
{
	struct function *fn = b->fn;

	GROW(fn->blocks, fn->nblocks, fn->cblocks);
	memset(&fn->blocks[fn->nblocks], 0, sizeof(struct block));
	fn->blocks[fn->nblocks].cond = VAL_NONE;
	fn->blocks[fn->nblocks].ret = VAL_NONE;
	return fn->nblocks++;
}

void block_add_succ(struct builder *b, int from, int to)
{
	struct block *bl = &b->fn->blocks[from];

	GROW(bl->succ, bl->nsucc, bl->csucc);
	bl->succ[bl->nsucc++] = to;
}

void block_jump(struct builder *b, int to)
{
	b->fn->blocks[b->cur].term = TERM_JUMP;
	block_add_succ(b, b->cur, to);
}

void block_branch(struct builder *b, int cond, enum outcome on_true, int t, int f)
{
	struct block *bl = &b->fn->blocks[b->cur];

	bl->term = TERM_BRANCH;
	bl->cond = cond;
	bl->on_true = on_true;
	block_add_succ(b, b->cur, t);
	block_add_succ(b, b->cur, f);
}

struct event *event_emit(struct builder *b, enum ev_kind kind, struct loc loc)
{
	struct block *bl = &b->fn->blocks[b->cur];

	GROW(bl->ev, bl->nev, bl->cev);
	memset(&bl->ev[bl->nev], 0, sizeof(struct event));
	bl->ev[bl->nev].kind = kind;
	bl->ev[bl->nev].loc = loc;
	bl->ev[bl->nev].obj = -1;
	bl->ev[bl->nev].out_arg = -1;
	bl->ev[bl->nev].out_obj = -1;
	bl->ev[bl->nev].private_arg = -1;
	bl->ev[bl->nev].dest = VAL_NONE;
	bl->ev[bl->nev].src = VAL_NONE;
	return &bl->ev[bl->nev++];
}

int path_intern(struct builder *b, const char *name, const char *strct, const char *field)
{
	struct function *fn = b->fn;

	for (int i = 0; i < fn->npaths; i++)
		if (!fn->paths[i].temp && !strcmp(fn->paths[i].name, name)) {
			if (strct && !fn->paths[i].strct) {
				fn->paths[i].strct = xstrdup(strct);
				fn->paths[i].field = xstrdup(field);
			}
			return i;
		}
	GROW(fn->paths, fn->npaths, fn->cpaths);
	fn->paths[fn->npaths] = (struct path){
		.name = xstrdup(name), .root = -1,
		.strct = strct ? xstrdup(strct) : NULL,
		.field = field ? xstrdup(field) : NULL,
	};
	return fn->npaths++;
}

int path_temp(struct builder *b)
{
	struct function *fn = b->fn;
	char name[32];

	snprintf(name, sizeof(name), "$%d", b->ntemps++);
	GROW(fn->paths, fn->npaths, fn->cpaths);
	fn->paths[fn->npaths] = (struct path){.name = xstrdup(name), .root = -1,
					      .temp = true};
	return fn->npaths++;
}

int path_elements(struct builder *b, int path)
{
	struct strbuf sb = {0};
	const char *name;
	size_t len;
	int r;

	if (path < 0)
		return path;
	name = b->fn->paths[path].name;
	len = strlen(name);
	if (len >= 2 && !strcmp(name + len - 2, "[]"))
		return path;
	if (name[0] == '&')	/* &page: its one element is page */
		return path_intern(b, name + 1, NULL, NULL);
	sb_addf(&sb, "%s[]", name);
	r = path_intern(b, sb.buf, NULL, NULL);
	sb_release(&sb);
	/* the elements of an array field (dio->pages[]) are a field of their
	 * own, "dio.pages[]": what is stored in them tells what is read */
	if (b->fn->paths[path].strct && !b->fn->paths[r].strct) {
		sb_addf(&sb, "%s[]", b->fn->paths[path].field);
		b->fn->paths[r].strct = xstrdup(b->fn->paths[path].strct);
		b->fn->paths[r].field = sb_detach(&sb);
	}
	return r;
}

int object_new(struct builder *b, enum obj_kind kind, const char *name, unsigned origin,
	       struct loc site, const char *api)
{
	struct function *fn = b->fn;
	struct object *o;

	if (fn->nobjs >= MAX_OBJS) {
		fn->too_many_objects = true;
		return -1;
	}
	o = &fn->objs[fn->nobjs];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->name = xstrdup(name);
	o->origin = origin;
	o->site = site;
	o->site_api = api;
	o->mapping_param = -1;
	return fn->nobjs++;
}

void path_ensure_root(struct builder *b, int path)
{
	struct path *p;
	unsigned origin = 0;

	if (path < 0 || b->fn->paths[path].temp || b->fn->paths[path].root >= 0)
		return;
	p = &b->fn->paths[path];
	if (p->strct)
		origin = catalog_field_origin(b->cat, p->strct, p->field);
	int o = object_new(b, OBJ_ROOT, p->name, origin ? origin : ORIGIN_UNKNOWN,
			   b->fn->loc, NULL);
	if (o >= 0) {
		b->fn->objs[o].origin_from_field = origin != 0;
		b->fn->paths[path].root = o;
		if (p->strct && !origin)
			b->fn->objs[o].field = catalog_field_key(b->cat, p->strct, p->field,
								 b->fn->file);
	}
}
