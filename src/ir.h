/* The per-function intermediate form the analysis runs on: basic blocks of
 * events (catalog calls and assignments between access paths), built from
 * libclang's AST by cfg.c and interpreted by dataflow.c. */
#ifndef PAGECHECK_IR_H
#define PAGECHECK_IR_H

#include <stdbool.h>
#include <stdint.h>
#include "rules.h"

/* Objects are page values: one per access-path root (a parameter, buf->page),
 * per producing call site and per assignment of an unknown page value. The
 * bound keeps every state a fixed-size value; larger functions are analyzed
 * with their first MAX_OBJS page values and say so. */
#define MAX_OBJS 128
#define MAX_PARAMS 16
typedef struct { uint64_t w[MAX_OBJS / 64]; } objset;

#define VAL_NONE (-1)		/* no page can be carried (literal, int) */
#define VAL_UNKNOWN (-2)	/* a page value the analysis cannot name */

struct loc {
	unsigned line, col;
};

/* What a branch learned about the tested value on one edge. */
enum outcome {
	OUT_UNKNOWN, OUT_TRUTHY, OUT_FALSY, OUT_NEG, OUT_NONNEG, OUT_SHORT,
	OUT_FULL, OUT_ERR, OUT_NOERR,
};

enum ev_kind { EV_CALL, EV_ASSIGN };

struct event {
	enum ev_kind kind;
	struct loc loc;
	const struct api *api;	/* EV_CALL: catalog entry (NULL: none known) */
	const char *callee;	/* EV_CALL: the callee's name ("struct.field" through
				 * a function pointer field) */
	bool late;		/* EV_CALL: a call to a function the catalog did
				 * not know when the CFG was built; its summary,
				 * if any, is looked up each time the function is
				 * analyzed (summaries of this file or the tree) */
	int dest;		/* path receiving the value, or VAL_NONE */
	int *args, nargs;	/* EV_CALL: argument paths */
	int obj;		/* object created here, or -1 */
	int out_arg, out_obj;	/* EV_CALL, late: an array of pages passed in
				 * (struct page **), and the object its elements
				 * become if the callee's summary fills it; -1 */
	int src;		/* EV_ASSIGN: path, VAL_NONE or VAL_UNKNOWN */
	bool negative_const;	/* EV_ASSIGN: src is a negative constant */
	/* EV_ASSIGN: dest is a test of src (ok = err == 0, ok = !err): what
	 * dest being true says of src; OUT_UNKNOWN for a plain copy */
	enum outcome test;
	/* EV_CALL handing back a page: the argument that is a mapping user
	 * space never maps (rules.yaml private_mappings: the field it is read
	 * from, private_via), or -1; and 1 + the parameter each of the first
	 * ARG_PARAMS arguments names (0: none), for a summary to say which
	 * parameter the mapping it looks pages up in is */
	int private_arg;
	const char *private_via;
	unsigned char arg_param[8];
};
#define ARG_PARAMS 8

enum term { TERM_NONE, TERM_JUMP, TERM_BRANCH, TERM_RETURN };

struct block {
	struct event *ev;
	int nev, cev;
	enum term term;
	int *succ, nsucc, csucc;
	int cond;		/* TERM_BRANCH: tested path or VAL_NONE */
	enum outcome on_true;	/* succ[0]: on_true, succ[1]: its negation */
	int ret;		/* TERM_RETURN: returned path */
	bool ret_error;		/* TERM_RETURN: returns a failure code */
	struct loc loc;
};

struct path {
	char *name;
	char *strct, *field;	/* for member paths: the struct and field */
	int root;		/* root object, or -1 */
	bool temp;
};

enum obj_kind { OBJ_ROOT, OBJ_CALL, OBJ_ASSIGN };

struct object {
	enum obj_kind kind;
	char *name;		/* the expression a reader knows it by */
	unsigned origin;
	bool origin_from_field;
	char *field;		/* "struct.field" it was read from, when the
				 * catalog does not know the field */
	struct loc site;	/* where it was produced (OBJ_CALL/OBJ_ASSIGN) */
	const char *site_api;
	const char *unknown_call;	/* handed back by this call, which no
					 * summary or catalog entry describes */
	bool has_acq, has_attach, has_guard;
	struct loc acq, attach, guard;
	const char *acq_api, *attach_api, *guard_api;
	/* the first CPU access to its contents while a reference or the lock
	 * held it (rules.yaml cpu_access), for the reports */
	bool has_cpu;
	struct loc cpu;
	const char *cpu_api;
	bool io_reached, acquired_here;
	/* where the page went when no I/O was reached (its site's verdict):
	 * dropped, handed back, handed to a call nothing describes, stored */
	bool released, returned;
	const char *handed_to;
	const char *handed_to_helper;	/* a call a summary describes */
	const char *from_accessor;	/* "struct.field" an accessor read it from */
	int stored_in;		/* path + 1, 0: none */
	int left_in;		/* path + 1 reached through a pointer that still
				 * holds it at a normal return: its callers' */
	const char *rule_verdict;	/* a finding's rule made its site this */
	/* looked up in a mapping user space never maps: the private_mappings
	 * field it was read from; else the parameter that mapping is, or -1 */
	const char *private_via;
	int mapping_param;
};

struct function {
	char *name;
	const char *file;
	struct loc loc;
	struct block *blocks;
	int nblocks, cblocks;
	struct path *paths;
	int npaths, cpaths;
	struct object *objs;	/* MAX_OBJS of them as built, nobjs as loaded */
	int nobjs;
	bool too_many_objects;
	int param_obj[MAX_PARAMS];	/* root object of each page parameter, or -1 */
	int nparams;
	bool is_static;		/* its name is only known inside its file */
	/* which of the catalog's guards its file declares (GUARD_OF_PAGE,
	 * GUARD_OF_FOLIO; 0: not known): a message names one the tree has */
	unsigned guards_declared;
	char **strings;		/* names the function owns (late callees) */
	size_t nstrings, cstrings;
};

static inline bool objset_has(const objset *s, int i)
{
	return (s->w[i / 64] >> (i % 64)) & 1;
}

static inline void objset_add(objset *s, int i)
{
	s->w[i / 64] |= 1ULL << (i % 64);
}

static inline bool objset_empty(const objset *s)
{
	for (int i = 0; i < MAX_OBJS / 64; i++)
		if (s->w[i])
			return false;
	return true;
}

/* The single member, or -1 when the set is empty or has several. */
int objset_single(const objset *s);
void function_free(struct function *fn);
/* A copy of s that lives as long as fn. */
const char *function_own(struct function *fn, const char *s);
/* Looks every late call up in cat again (and what its produced page is);
 * forgets what an earlier analysis noted on the objects. */
void function_bind(struct function *fn, const struct catalog *cat);

#endif
