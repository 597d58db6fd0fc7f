/* The rule catalog (rules.yaml): what the analysis knows about kernel APIs. */
#ifndef PAGECHECK_RULES_H
#define PAGECHECK_RULES_H

#include <stdbool.h>
#include <stddef.h>

enum api_class {
	API_ORIGIN, API_ACQUIRE, API_GUARD, API_SINK, API_RELEASE,
	API_LOCK, API_UNLOCK, API_CONVERT, API_NOT_SECURE,
	API_CPU_MAP,	/* hands back a pointer to the page's contents */
	API_CPU_ACCESS,	/* the CPU reads or writes the page's contents */
	API_WRAP,	/* the pages on the carriers go into a struct (member)
			 * another function extracts them from */
};

enum origin_bits {
	ORIGIN_USER = 1, ORIGIN_PAGECACHE = 2, ORIGIN_KERNEL = 4,
	ORIGIN_PINNED = 8, ORIGIN_UNKNOWN = 16,
	ORIGIN_NOT_SECURE = 32,	/* proven on one path: stolen, not uptodate */
};
#define NORIGINS 6
#define ORIGIN_MAY_BE_SECURE (ORIGIN_USER | ORIGIN_PAGECACHE)

enum result_kind {
	RESULT_NONE, RESULT_BOOL, RESULT_ERRNO, RESULT_COUNT, RESULT_POINTER,
	RESULT_BYTES,
};

enum sink_kind { SINK_NONE, SINK_ATTACH, SINK_SUBMIT, SINK_DIRECT };

#define PAGE_NONE (-2)
#define PAGE_RETURN (-1)

struct name_list {
	char **names;
	size_t n, cap;
};

struct api {
	char *name;
	enum api_class cls;
	int page;	/* argument index, PAGE_RETURN or PAGE_NONE */
	bool page_array; /* page is an output array of pages */
	unsigned origin;
	bool noref;
	bool implicit_guard;
	enum result_kind result;
	enum sink_kind sink;
	int carrier;
	int line;	/* where rules.yaml defines it */
	bool summary;		/* computed from the function's code, not rules.yaml */
	/* the page is a field of the page argument (buf->page): "struct.field" */
	char *member_struct, *member_field;
	bool returns_arg;	/* a summary: the call's value is argument value_arg */
	char *inner_api;	/* a summary: the call inside that does it, and */
	unsigned inner_line, inner_col;	/* where (for the trace) */
	char *def_file;		/* a summary: the file of the function (and of line) */
	char *from_field;	/* a summary of an accessor: the page it hands
				 * back is read from this "struct.field" */
	int value_arg;
	/* not_secure: the test's outcome (true/false) on which the page is
	 * proven never secure, and the kernel's reason, for the reports */
	bool proves_on_true;
	char *reason;
	bool folio;	/* the page value it takes or hands back is a folio */
	/* a summarized sink whose carrier only the CPU reads: a cpu_carriers
	 * function, or a helper that hands its page to one */
	const struct cpu_carrier *cpu;
	/* cpu_access: the arguments the CPU reads or writes through (bit i:
	 * argument i), each a page or a pointer into one a cpu_map call gave */
	unsigned access_args;
	/* a page_ops field's own I/O (rules.yaml page_ops, with reason): what
	 * a call through the field does when no function stored in it is
	 * analyzed */
	bool ops_io;
	/* the argument that is the address_space the page is looked up in
	 * (rules.yaml mapping): one user space never maps makes the page
	 * kernel-private (rules.yaml private_mappings) */
	bool has_mapping;
	int mapping_arg;
};

/* Patch mode's fix after a plain reference taken by get (rules.yaml rules). */
struct rule_fix {
	char *get, *unlock, *guard, *put, *error;
	char *of, *when;	/* optional: guard(of(P)), under virtual rule when */
};

/* What a rule of checkers/ says in words, and its fixes. */
struct rule_text {
	char *id, *title;
	int line, col;		/* of its id in rules.yaml */
	struct name_list doc;
	struct rule_fix *fixes;
	size_t nfixes, cfixes;
	/* lock/unlock pairs (same index) a fix must not return from inside */
	struct name_list no_fix_locks, no_fix_unlocks;
};

struct field_origin {
	char *strct, *field;
	unsigned origin;
};

/* An extraction that inside function hands back an iterator's pages as
 * they are (rules.yaml unpinned_extracts): api as it behaves there. */
struct extract_override {
	char *function, *api;
	struct api as_there;
};

/* A function whose carrier no device reads (a crypto request on s390):
 * its findings are possible at most, for reason. */
struct cpu_carrier {
	char *function, *reason;
};

/* A mapping user space never maps (rules.yaml private_mappings): the
 * "struct.field" an address_space, or the inode owning it, is read from. */
struct private_mapping {
	char *field, *reason;
};

struct catalog {
	char *path;
	struct api *apis;	/* sorted by name */
	size_t napis, capis;
	struct field_origin *fields;
	size_t nfields, cfields;
	struct name_list noreturn, null_checks, transparent, error_returns;
	/* "struct.field" function pointers pages travel through (->sendpage):
	 * the files that call or fill them are parsed too */
	struct name_list page_ops;
	/* those of them whose calls start I/O on a page argument by what the
	 * kernel stores there (a socket's ->sendpage): sinks for a program
	 * that has no analyzed function stored in the field */
	struct api *ops_io;
	size_t nops_io, cops_io;
	/* why the CPU's access to a page's contents under its reference makes
	 * it accessible (the note of a finding the cpu_access entries make
	 * possible) */
	char *cpu_access_reason;
	/* structs embedded by unrelated code (struct page_frag): their
	 * fields' stores are matched with reads of the same file only */
	struct name_list shared_structs;
	/* their page fields hold pages already handed to I/O (rules.yaml
	 * io_structs): the reference kept there is the submitter's to judge */
	struct name_list io_structs;
	/* the arches whose guests have secure pages (s390) */
	struct name_list secure_arches;
	/* options off in that arch's config: drivers built only for testing
	 * (COMPILE_TEST) never run where secure pages are */
	struct name_list secure_arch_off;
	struct cpu_carrier *cpu_carriers;
	size_t ncpu_carriers, ccpu_carriers;
	struct private_mapping *private_mappings;
	size_t nprivate_mappings, cprivate_mappings;
	struct extract_override *extracts;
	size_t nextracts, cextracts;
	struct rule_text *rule_texts;
	size_t nrule_texts, crule_texts;
	struct name_list cocci_keywords;
	/* page_types: the structs whose values the front end follows as
	 * pages (page, folio), and the members that are their struct's own
	 * page ("folio.page": &folio->page is the folio) */
	struct name_list page_structs, page_same_object;
};

/* Returns 0, or -1 with a "file:line:col: message" in err. */
int catalog_load(struct catalog *cat, const char *path, char **err);
/* The same from text already read (path names it in errors). */
int catalog_parse(struct catalog *cat, const char *path, const char *text, size_t len,
		  char **err);
void catalog_free(struct catalog *cat);
const struct api *catalog_find(const struct catalog *cat, const char *name);
/* The same, as the api behaves inside function (unpinned_extracts). */
const struct api *catalog_find_in(const struct catalog *cat, const char *name,
				  const char *function);
unsigned catalog_field_origin(const struct catalog *cat, const char *strct,
			      const char *field);
bool name_list_has(const struct name_list *l, const char *name);
/* The struct of a field key ("bio_vec.bv_page") is one of io_structs. */
bool catalog_io_field(const struct catalog *cat, const char *field_key);
/* The words of rule id, or NULL when the catalog has none. */
const struct rule_text *catalog_rule_text(const struct catalog *cat, const char *id);
/* The guard a message or a fix names for a page value: the catalog's
 * guard of folios or of pages ("a guard" when it has none). */
const char *catalog_guard_name(const struct catalog *cat, bool folio);
#define GUARD_OF_PAGE 1u
#define GUARD_OF_FOLIO 2u
const struct cpu_carrier *catalog_cpu_carrier(const struct catalog *cat, const char *function);
/* The private_mappings entry of a field key ("gfs2_jdesc.jd_inode"), or NULL. */
const struct private_mapping *catalog_private_mapping(const struct catalog *cat,
						      const char *field_key);
/* The page_ops field slot's own I/O ("struct.field"), or NULL. */
const struct api *catalog_ops_io(const struct catalog *cat, const char *slot);
/* The pseudo structs of page pointers kept in file-scope variables
 * (libcxgbi's rsvd_page, tls_device's dummy_page): what one function
 * stores there is what another reads, as for a field. Not identifiers,
 * so no struct of the tree is named so. */
#define FILE_STATIC_VARIABLE "<static>"
#define GLOBAL_VARIABLE "<global>"
/* The key under which the stores and reads of a field meet: "struct.field",
 * and " in <file>" for a shared struct; "file-static v in <file>" and
 * "global v" for the variables above. */
char *catalog_field_key(const struct catalog *cat, const char *strct, const char *field,
			const char *file);
const char *origin_describe(unsigned origin, char *buf, size_t size);
/* The inverse of origin_describe(). */
unsigned origin_parse(const char *described);
const char *api_class_name(enum api_class cls);
const char *api_result_name(enum result_kind r);
const char *api_sink_name(enum sink_kind k);
/* The inverses: -1 for a name that is none of them. */
int api_class_parse(const char *s);
int api_result_parse(const char *s);
int api_sink_parse(const char *s);

#endif
