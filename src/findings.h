/* The results of a run: findings with their traces, the audit's sites, and
 * the status of every file. Reports are written from this alone. */
#ifndef PAGECHECK_FINDINGS_H
#define PAGECHECK_FINDINGS_H

#include <stdbool.h>
#include <stddef.h>
#include "bounds.h"

struct note {
	char *file;
	unsigned line, col;
	char *text;
};

struct finding {
	const char *rule;
	bool definite;
	char *file, *function, *message, *expr;
	unsigned line, col;
	struct note *notes;
	size_t nnotes, cnotes;
	char fingerprint[17];
	char *field;		/* the page was read from this "struct.field" */
	char *via_field;	/* or its callers read it from this one */
	/* the page held no reference of this function's: the one it reaches
	 * I/O with is kept in field, taken where the page was stored there;
	 * kept only where a site's reference stays in the field */
	bool ref_in_field;
	unsigned found_by;	/* enum engine bits; 0 counts as clang */
};

enum engine { ENGINE_CLANG = 1, ENGINE_COCCI = 2, ENGINE_ALL = 3 };

/* Every new-reference or origin site seen, with what became of it. */
struct site {
	char *file, *function, *api, *expr, *origin;
	unsigned line, col;
	/* guarded, missing, released, escapes, cpu-only, kernel-private,
	 * not-secure */
	const char *verdict;
	char *field;		/* as in struct finding */
	char *reason;		/* not-secure: why (the catalog's words);
				 * escapes: where to */
	/* where an escaping page went, for sites_follow() to judge it there */
	bool to_callers;	/* returned, or its reference left to them */
	char *into_field;	/* "struct.field" its reference stays in */
	/* a verdict decided where the page went (sites_follow()): the steps
	 * from the site to the I/O, and the finding they end at */
	struct note *path;
	size_t npath, cpath;
	char *finding;		/* its fingerprint */
	bool followed;		/* the path leaves the site's function */
	bool through_helper;	/* api is an analyzed helper taking the reference */
	char *handed_to;	/* an analyzed helper it was handed to */
};

/* A page stored into a struct field: what the tree stores in a field tells
 * the origin of every page later read from it. */
struct field_store {
	char *field;		/* "struct.field" */
	unsigned origin;	/* enum origin_bits */
	char *from_field;	/* a copy of another field's page (origin 0) */
	int param;		/* 1-based: the page is this parameter of the
				 * function (origin: what its callers hand it,
				 * unknown until the analysis across files
				 * says); 0: none */
	char *file, *function;
	unsigned line, col;
};

struct file_status {
	char *file;
	bool analyzed;
	bool not_built;		/* kbuild does not build it for this config/arch */
	bool included;		/* (as an object of its own: another .c includes it) */
	char *reason;		/* why not analyzed, or not built */
	unsigned functions;
	unsigned truncated;	/* functions with more page values than tracked */
};

/* A bound (bounds.h) that stopped or trimmed the analysis of a function:
 * one entry per bound and function, however often it hit there. */
struct truncation {
	enum bound bound;
	char *file;
	char *function;		/* NULL: the bound hit the file as a whole */
};

/* A finding a pagecheck-ignore marker left out (suppress.c), and why. */
struct suppressed {
	struct finding finding;
	char *reason;
	unsigned marker_line;
};

/* A marker that is wrong: no reason, no rule, or suppressing nothing. */
struct source_marker {
	char *file;
	unsigned line;
	char *problem;
};

struct results {
	struct finding *f;
	size_t nf, cf;
	struct site *s;
	size_t ns, cs;
	struct file_status *files;
	size_t nfiles, cfiles;
	struct field_store *stores;
	size_t nstores, cstores;
	struct truncation *cut;
	size_t ncut, ccut;
	struct suppressed *suppressed;
	size_t nsuppressed, csuppressed;
	struct source_marker *markers;
	size_t nmarkers, cmarkers;
};

struct finding *results_add_finding(struct results *r);
void finding_add_note(struct finding *f, const char *file, unsigned line,
		      unsigned col, const char *text);
/* rule + file (its path as reported) + function + expression: survives
 * unrelated edits. */
void finding_fingerprint(struct finding *f);
struct site *results_add_site(struct results *r);
struct file_status *results_add_file(struct results *r, const char *file);
void results_sort(struct results *r);
/* Files that should have been analyzed and were not (not built: not counted). */
size_t results_failed_files(const struct results *r);
size_t results_not_built_files(const struct results *r);
void results_free(struct results *r);
void finding_release(struct finding *f);
struct field_store *results_add_store(struct results *r);
/* Judges the findings on pages read from struct fields by what every
 * analyzed file stores in those fields: only kernel-private pages -> the
 * finding goes (its site becomes kernel-private); a user or page-cache page
 * -> definite. A trace note says which store decided. */
void results_apply_field_stores(struct results *r);
/* Findings in a function the catalog lists as a CPU-only carrier become
 * possible, with the catalog's reason as a note (cpu_carriers.c). */
struct catalog;
struct cpu_carrier;
void results_cap_cpu_carriers(struct results *r, const struct catalog *cat);
/* The trace step that says why: "not device I/O: <reason> (...)". */
void cpu_carrier_note(struct finding *f, const char *file, unsigned line, unsigned col,
		      const struct cpu_carrier *c);
/* What the analyzed files store in each struct field, for the analysis
 * across files to judge pages read from fields before it runs. */
struct field_origins;
struct field_origins *field_origins_of(const struct results *r);
/* The origins of pages read from field, 0 when no store is seen; why: the
 * store that first brought a user or page-cache page (else an unknown one). */
unsigned field_origins_get(const struct field_origins *fo, const char *field,
			   const struct field_store **why);
void field_origins_free(struct field_origins *fo);
/* The same, where a store of a parameter's page (param) has the origin
 * resolve() gives it. */
struct field_origins *field_origins_resolved(const struct results *r,
					     unsigned (*resolve)(const struct field_store *st,
								 void *ctx),
					     void *ctx);
/* "what: 'field' is filled with ... in fn()", at the store (what may be NULL). */
void field_store_note(struct finding *f, const struct field_store *st, const char *what);
/* Paths under prefix (a directory) are made relative to it, in the texts
 * too, and each finding's fingerprint is computed again from its relative
 * file (fingerprints name the file as the tree does). */
void results_relative_to(struct results *r, const char *prefix);
/* The findings and sites of every file mine() claims are replaced by those
 * of from (which is freed): the analysis across files judged them again.
 * The bounds from hit are added to r's. */
void results_replace_analysis(struct results *r, struct results *from,
			      bool (*mine)(const char *file, void *ctx), void *ctx);
/* Bound b stopped or trimmed the analysis of function (may be NULL) in
 * file. A second note of the same bound and function counts once, so a
 * hot loop may call it each time it hits (dataflow.c: BOUND_RESULTS,
 * BOUND_FIXPOINT; the link: its rounds and passes). Shown in the JSON
 * ("truncated"), the text summary and the tree summary, only when some
 * bound hit. */
void results_note_truncated(struct results *r, enum bound b, const char *file,
			    const char *function);
/* How many functions (or files) bound b cut short. */
size_t results_truncated(const struct results *r, enum bound b);
/* Moves from's truncations into into's (each once). */
void results_take_truncations(struct results *into, struct results *from);
/* Moves everything of from to the end of into; from is empty afterwards. */
void results_take(struct results *into, struct results *from);

#endif
