/* The program as the analysis across files indexes it: every function of
 * every file under one number g, found by name (a static one within its
 * file), and every ops-table binding by slot, so that a call reaches the
 * functions it may reach. The bottom of the program-wide analysis: link.c,
 * param_origins.c and link_trace.c read it; it calls none of them. */
#ifndef PAGECHECK_CALLGRAPH_H
#define PAGECHECK_CALLGRAPH_H

#include <stdbool.h>
#include "file_ir.h"

struct program {
	struct file_ir *files;
	size_t n, cap;
};

/* Moves ir into p. */
void program_add(struct program *p, struct file_ir *ir);
void program_free(struct program *p);
/* Is file one of p's? (for results_replace_analysis()) */
bool program_has_file(const char *file, void *p);

struct callgraph_name;
struct callgraph_slot;

struct callgraph {
	const struct program *p;
	struct function **fns;		/* [g] */
	size_t *file_of;		/* [g]: its file, an index of p->files */
	size_t n;
	struct ops_tables tables;	/* every file's, by slot (borrowed strings) */
	struct callgraph_name *byname;	/* every function, by name */
	struct callgraph_slot *slots;	/* every ops binding, by slot */
	size_t nslots, cslots;
};

void callgraph_build(struct callgraph *cg, const struct program *p);
void callgraph_free(struct callgraph *cg);
/* The index in p->files of the file named file, or (size_t)-1. */
size_t callgraph_file(const struct callgraph *cg, const char *file);

/* What a visit of a call's targets does with each: reach(g), and
 * outside(name) (may be NULL) for a name no file of the program defines. */
struct callgraph_visit {
	void (*reach)(size_t g, void *ctx);
	void (*outside)(const char *name, void *ctx);
	void *ctx;
};

/* Every function a call of callee from file may reach: by name, a static
 * one of that file, else every other one of that name; "struct.field":
 * every function stored there anywhere. */
void callgraph_each_target(const struct callgraph *cg, const char *callee, size_t file,
			   const struct callgraph_visit *v);

#endif
