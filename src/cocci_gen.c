/* The semantic patches of cocci/, written from the rule catalog: the API
 * lists of every rule come from rules.yaml, so the Coccinelle engine and the
 * clang engine cannot drift apart. `pagecheck cocci <rule>` prints one;
 * `make cocci` rewrites cocci/ and a test fails when it is out of date.
 *
 * What Coccinelle can say here is intra-procedural and by expression: the
 * page is the same expression at the reference and at the I/O (no aliases,
 * no fields filled elsewhere); paths are followed with "... when !=". The
 * messages carry the rule id and the confidence in pagecheck's form so that
 * pagecheck --engine=cocci reads them back as findings. */
#include "cocci_gen.h"
#include "../checkers/checker.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A rule's rendition in SmPL: its body writes the matching, report and
 * context rules; the words (the /// description) are the catalog's. */
struct rendition {
	const struct checker *rule;
	void (*body)(struct strbuf *sb, const struct catalog *cat, const char *id);
};

/* Coccinelle matches calls by function name and the page as an argument:
 * calls through ops tables and pages inside arguments are beyond it */
static bool cocci_can_name(const struct api *a)
{
	return !a->member_field && !strchr(a->name, '.');
}

/* "E0, E1, P, ..." with the page at index k; the other arguments are
 * named with prefix (E for the first call, S for the sink: distinct, or
 * Coccinelle would require them equal) */
static void args_with_page_at(struct strbuf *sb, char prefix, int k, const char *page)
{
	for (int i = 0; i < k; i++)
		sb_addf(sb, "%c%d, ", prefix, i);
	sb_addf(sb, "%s, ...", page);
}

static void disjunction_start(struct strbuf *sb, bool *first)
{
	sb_adds(sb, *first ? "(\n" : "|\n");
	*first = false;
}

/* every attach/direct sink, as calls with the page at its own index; a
 * sink of a whole array (sg_alloc_table_from_pages()) takes array, the
 * array the page is an element of (NULL: none) */
static void sink_calls(struct strbuf *sb, const struct catalog *cat, const char *page,
		       const char *array)
{
	bool first = true;

	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		if (a->cls != API_SINK || a->page < 0 || (a->page_array && !array))
			continue;
		disjunction_start(sb, &first);
		sb_addf(sb, "%s@sink@p2(", a->name);
		args_with_page_at(sb, 'S', a->page, a->page_array ? array : page);
		sb_adds(sb, ")\n");
	}
	sb_adds(sb, ")\n");
}

/* the path conditions that end a match: a guard call on the page, or the
 * variable naming another page */
static void no_guard_on(struct strbuf *sb, const struct catalog *cat, const char *page)
{
	const char *sep = "...";

	for (size_t i = 0; i < cat->napis; i++)
		if (cat->apis[i].cls == API_GUARD) {
			sb_addf(sb, "%s when != %s(%s)\n", sep, cat->apis[i].name, page);
			sep = "   ";
		}
	sb_addf(sb, "    when != %s = E\n", page);
}

/* The report and org scripts of a matching rule: imports are the
 * metavariables the message uses (p2, where it is shown, always). */
static void report_scripts(struct strbuf *sb, const char *id, const char *rule,
			   const char *imports, const char *msg_fmt, const char *args)
{
	static const char *const modes[] = {"report", "org"};

	for (int m = 0; m < 2; m++) {
		char *copy = xstrdup(imports), *save = NULL;
		sb_addf(sb, "\n@script:python depends on %s@\np2 << %s.p2;\n", modes[m], rule);
		for (char *v = strtok_r(copy, " ", &save); v; v = strtok_r(NULL, " ", &save))
			sb_addf(sb, "%s << %s.%s;\n", v, rule, v);
		free(copy);
		/* the function first: pagecheck --engine=cocci reads it back */
		sb_addf(sb, "@@\nmsg = \"WARNING: %%s(): %s [%s]\" %% (p2[0].current_element, %s)\n",
			msg_fmt, id, args);
		sb_adds(sb, "if p2[0].current_element in cpu_carriers:\n"
			    "    msg = msg.replace(\"(definite)\", \"(possible)\")\n");
		if (m == 0)
			sb_adds(sb, "coccilib.report.print_report(p2[0], msg)\n");
		else
			sb_adds(sb, "coccilib.org.print_todo(p2[0], msg.replace(\"[\", \"@(\")"
				    ".replace(\"]\", \")\"))\n");
	}
}

/* context mode stars the call where the finding is shown */
static void context_rule(struct strbuf *sb, const char *rule, const char *call)
{
	sb_addf(sb, "\n@depends on context && !patch && !org && !report@\n"
		"position %s.p2;\nidentifier %s.%s;\n@@\n* %s@p2(...)\n", rule, rule, call,
		call);
}

/* Appends "@name flags@", the declarations of exactly the metavariables
 * body uses (spatch warns about the others), and the body. pos_not: the
 * positions one of its positions may not take, as "p1 != proven.p" (NULL:
 * none). */
static void emit_rule(struct strbuf *sb, const char *name, const char *flags,
		      const char *body, const char *pos_not)
{
	static const char *const expressions[] = {
		"P", "A", "E", "E0", "E1", "E2", "E3", "E4", "E5", "E6", "E7",
		"S0", "S1", "S2", "S3", "S4", "S5", "I", NULL,
	};
	static const char *const identifiers[] = {"fn", "res", "first", "sink", "arg", NULL};
	static const char *const types[] = {"T", NULL};
	static const char *const positions[] = {"p1", "p2", "pp", NULL};
	static const struct {
		const char *kind;
		const char *const *names;
	} kinds[] = {{"expression", expressions}, {"identifier", identifiers},
		     {"type", types}, {"position", positions}};
	size_t not_len = pos_not ? strcspn(pos_not, " ") : 0;

	sb_addf(sb, "\n@%s%s%s@\n", name, *flags ? " " : "", flags);
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		const char *sep = "";
		for (int i = 0; kinds[k].names[i]; i++) {
			if (!text_has_word(body, kinds[k].names[i]))
				continue;
			sb_addf(sb, "%s%s", *sep ? sep : kinds[k].kind, *sep ? "" : " ");
			sb_adds(sb, kinds[k].names[i]);
			if (pos_not && !strncmp(kinds[k].names[i], pos_not, not_len) &&
			    !kinds[k].names[i][not_len])
				sb_adds(sb, pos_not + not_len);
			sep = ", ";
		}
		if (*sep)
			sb_adds(sb, ";\n");
	}
	sb_addf(sb, "@@\n%s", body);
}

/* A shape of acquire: page argument, returned page, array of pages, one
 * page returned through &P (get_user_pages_fast(addr, 1, flags, &page)). */
struct shape {
	const char *rule;
	bool returned, array, one, secure;
};

/* One matching rule per shape of acquire. rule: its name; page: the page
 * as the sink sees it (P or P[I]). proven, private: the rules of
 * references proven never secure, of private mappings' pages, exist. */
static bool acquire_rule(struct strbuf *sb, const struct catalog *cat, const struct shape *sh,
			 bool proven, bool private)
{
	bool first = true, fills = sh->array || sh->one;
	struct strbuf calls = {0};
	const char *page = sh->array ? "P[I]" : "P";

	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		bool may_be_secure = a->origin & ORIGIN_MAY_BE_SECURE;
		if (!cocci_can_name(a) ||
		    a->cls != API_ACQUIRE || a->implicit_guard || a->origin == ORIGIN_PINNED ||
		    (a->page == PAGE_RETURN) != sh->returned || a->page_array != fills ||
		    (a->page >= 0 && !fills && may_be_secure != sh->secure) ||
		    ((sh->returned || fills) && !sh->secure))
			continue;
		disjunction_start(&calls, &first);
		if (sh->returned) {
			sb_addf(&calls, "P = %s@first@p1(...)\n", a->name);
		} else {
			sb_addf(&calls, "%s@first@p1(", a->name);
			args_with_page_at(&calls, 'E', a->page, sh->one ? "&P" : "P");
			sb_adds(&calls, ")\n");
		}
	}
	if (first) {
		sb_release(&calls);
		return false;
	}
	sb_adds(&calls, ")\n");
	no_guard_on(&calls, cat, page);
	sink_calls(&calls, cat, page, sh->array ? "P" : sh->one ? "&P" : NULL);
	emit_rule(sb, sh->rule, "exists", calls.buf,
		  proven && !sh->returned && !fills ? "p1 != proven.p" :
		  private && sh->returned ? "p1 != {private.p, private_local.p}" : NULL);
	sb_release(&calls);
	return true;
}

static bool takes_page_ref(const struct api *a)
{
	return a->cls == API_ACQUIRE && a->page >= 0 && !a->page_array && cocci_can_name(a);
}

/* Rule "proven": the references taken inside the branch where a test of
 * the catalog proves the page never secure (if (pipe_buf_try_steal(...))
 * { get_page(...); ... }). Their positions are excluded from the matching
 * rules. The proof by an early return (if (!steal) return; get_page())
 * is beyond this: pagecheck's clang engine follows it. */
static bool proven_rule(struct strbuf *sb, const struct catalog *cat)
{
	struct strbuf refs = {0}, body = {0};
	bool first_ref = true, first = true;

	for (size_t i = 0; i < cat->napis; i++)
		if (takes_page_ref(&cat->apis[i])) {
			disjunction_start(&refs, &first_ref);
			sb_addf(&refs, "%s@p(...)\n", cat->apis[i].name);
		}
	sb_adds(&refs, ")\n");
	for (size_t i = 0; i < cat->napis && !first_ref; i++) {
		const struct api *a = &cat->apis[i];
		/* any reference in the branch: the page tested (buf->page of
		 * pipe_buf_try_steal(pipe, buf)) is not matched against it */
		if (a->cls != API_NOT_SECURE || strchr(a->name, '.'))
			continue;
		for (int has_else = 1; has_else >= 0; has_else--) {
			disjunction_start(&body, &first);
			sb_addf(&body, "if (%s%s(...)) {\n<+...\n%s...+>\n}\n%s",
				a->proves_on_true ? "" : "!", a->name, refs.buf,
				has_else ? "else S\n" : "");
		}
	}
	if (!first)
		sb_addf(sb, "\n@proven@\nstatement S;\nposition p;\n@@\n%s)\n", body.buf);
	sb_release(&refs);
	sb_release(&body);
	return !first;
}

/* The lookups a mapping user space never maps hands its pages out of
 * (rules.yaml private_mappings, on each lookup's `mapping` argument):
 * rule "private" where the argument goes through the field
 * (find_get_page(fs_info->btree_inode->i_mapping, ...)), rule
 * "private_local" where it is a local variable initialized through it
 * (mapping = jd->jd_inode->i_mapping) and not in "private_assigned"
 * (assigned again, or its address handed on, after the initializer).
 * Their positions are excluded from the returned-page rule. Typed: the
 * struct of the field is the entry's own. */
static void private_lookups(struct strbuf *sb, const struct catalog *cat, const char *arg)
{
	bool first = true;

	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		if (!a->has_mapping || a->page != PAGE_RETURN || !cocci_can_name(a))
			continue;
		for (size_t m = 0; m < cat->nprivate_mappings; m++) {
			char via[160];
			snprintf(via, sizeof(via), "<+... J%zu->%s ...+>", m,
				 strchr(cat->private_mappings[m].field, '.') + 1);
			disjunction_start(sb, &first);
			sb_addf(sb, "%s@p(", a->name);
			args_with_page_at(sb, 'E', a->mapping_arg, arg ? arg : via);
			sb_adds(sb, ")\n");
			if (arg)
				break;
		}
	}
	sb_adds(sb, first ? "" : ")\n");
}

static void private_declarations(struct strbuf *sb, const struct catalog *cat)
{
	for (size_t m = 0; m < cat->nprivate_mappings; m++) {
		const char *f = cat->private_mappings[m].field;
		sb_addf(sb, "struct %.*s *J%zu;\n", (int)(strchr(f, '.') - f), f, m);
	}
}

static void private_initializers(struct strbuf *sb, const struct catalog *cat)
{
	for (size_t m = 0; m < cat->nprivate_mappings; m++)
		sb_addf(sb, "%sT M@pa = <+... J%zu->%s ...+>;\n", m ? "|\n" : "(\n", m,
			strchr(cat->private_mappings[m].field, '.') + 1);
	sb_adds(sb, ")\n...\n");
}

/* the expressions before a lookup's mapping argument (E0, ...) */
static void private_leading_args(struct strbuf *sb, const struct catalog *cat)
{
	int most = 0;

	for (size_t i = 0; i < cat->napis; i++)
		if (cat->apis[i].has_mapping && cat->apis[i].mapping_arg > most)
			most = cat->apis[i].mapping_arg;
	for (int k = 0; k < most; k++)
		sb_addf(sb, "%sE%d%s", k ? ", " : "expression ", k, k == most - 1 ? ";\n" : "");
}

static bool private_rules(struct strbuf *sb, const struct catalog *cat)
{
	struct strbuf lookups = {0};
	int n;

	private_lookups(&lookups, cat, NULL);
	if (!lookups.len || !cat->nprivate_mappings) {
		sb_release(&lookups);
		return false;
	}
	sb_adds(sb, "\n@private@\n");
	private_declarations(sb, cat);
	private_leading_args(sb, cat);
	sb_addf(sb, "position p;\n@@\n%s", lookups.buf);
	sb_adds(sb, "\n@private_assigned exists@\n");
	private_declarations(sb, cat);
	sb_adds(sb, "expression E;\nidentifier M;\ntype T;\nposition pa;\n@@\n");
	private_initializers(sb, cat);
	sb_adds(sb, "(\nM = E\n|\nE(..., &M, ...)\n)\n");
	sb_adds(sb, "\n@private_local exists@\n");
	private_declarations(sb, cat);
	private_leading_args(sb, cat);
	sb_adds(sb, "identifier M;\ntype T;\nposition pa != private_assigned.pa, p;\n@@\n");
	private_initializers(sb, cat);
	n = (int)sb->len;
	private_lookups(sb, cat, "M");
	sb_release(&lookups);
	return (int)sb->len > n;
}

/* The references a fix must not follow: inside a for or while loop (a
 * return would leave the iteration's state half done; spatch 1.1 does not
 * take do { } while in this position) or after a lock rules.yaml's
 * no_fix_inside names, with no unlock between (chtls_sendpage() and
 * kcm_sendmsg() hold the socket lock). */
static void no_fix_rule(struct strbuf *sb, const struct rule_text *words)
{
	struct strbuf gets = {0};
	bool first = true, first_get = true;

	for (size_t i = 0; i < words->nfixes; i++) {
		bool seen = false;
		for (size_t k = 0; k < i; k++)
			seen |= !strcmp(words->fixes[k].get, words->fixes[i].get);
		if (seen)
			continue;
		disjunction_start(&gets, &first_get);
		sb_addf(&gets, "%s@p(E);\n", words->fixes[i].get);
	}
	sb_adds(&gets, ")\n");
	sb_adds(sb, "\n@no_fix depends on patch exists@\nexpression E;\nposition p;\n@@\n");
	disjunction_start(sb, &first);
	sb_addf(sb, "for (...;...;...) {\n<+...\n%s...+>\n}\n", gets.buf);
	disjunction_start(sb, &first);
	sb_addf(sb, "while (...) {\n<+...\n%s...+>\n}\n", gets.buf);
	for (size_t i = 0; i < words->no_fix_locks.n; i++) {
		disjunction_start(sb, &first);
		sb_addf(sb, "%s(...);\n... when != %s(...)\n%s", words->no_fix_locks.names[i],
			words->no_fix_unlocks.names[i], gets.buf);
	}
	sb_adds(sb, ")\n");
	sb_release(&gets);
}

/* fix i is the first of its when (a virtual rule to declare and to test) */
static bool first_of_when(const struct rule_text *words, size_t i)
{
	if (!words->fixes[i].when)
		return false;
	for (size_t k = 0; k < i; k++)
		if (words->fixes[k].when && !strcmp(words->fixes[k].when, words->fixes[i].when))
			return false;
	return true;
}

static bool fix_applies(const struct rule_text *words, const struct rule_fix *f, const char *when)
{
	if (!when || (f->when && !strcmp(f->when, when)))
		return !f->when == !when;
	if (f->when)
		return false;
	/* a fix without a when serves its get unless one under when does */
	for (size_t i = 0; i < words->nfixes; i++)
		if (words->fixes[i].when && !strcmp(words->fixes[i].when, when) &&
		    !strcmp(words->fixes[i].get, f->get))
			return false;
	return true;
}

/* The patch rule of the fixes under virtual rule when (NULL: under none). */
static void fix_rule(struct strbuf *sb, const struct rule_text *words, const char *when)
{
	bool first = true;

	sb_adds(sb, "\n@depends on patch");
	if (when)
		sb_addf(sb, " && %s", when);
	for (size_t i = 0; !when && i < words->nfixes; i++)
		if (first_of_when(words, i))
			sb_addf(sb, " && !%s", words->fixes[i].when);
	sb_adds(sb, " exists@\nexpression ref.P;\nposition ref.p1;\nposition q != no_fix.p;\n"
		    "identifier fn;\n@@\nint fn(...) {\n...\n");
	for (size_t i = 0; i < words->nfixes; i++) {
		const struct rule_fix *f = &words->fixes[i];
		struct strbuf fix = {0};
		if (!fix_applies(words, f, when))
			continue;
		if (f->of)
			sb_addf(&fix, "+if (%s(%s(P))) {\n", f->guard, f->of);
		else
			sb_addf(&fix, "+if (%s(P)) {\n", f->guard);
		sb_addf(&fix, "+\t%s(P);\n+\treturn %s;\n+}\n", f->put, f->error);
		disjunction_start(sb, &first);
		sb_addf(sb, "%s@p1@q(P);\n%s(P);\n%s|\n%s@p1@q(P);\n%s", f->get, f->unlock,
			fix.buf, f->get, fix.buf);
		sb_release(&fix);
	}
	sb_adds(sb, ")\n...\n}\n");
}

/* The fix, where it is certain: a plain reference statement (rules.yaml's
 * fixes) in a function returning an errno (int), not in a loop or a locked
 * section; a page unlocked right after the reference is guarded after the
 * unlock. One rule per virtual rule of the fixes (one runs): positions of
 * "ref" cannot be inherited past another rule's modifications. */
static void patch_fixes(struct strbuf *sb, const struct rule_text *words)
{
	if (!words || !words->nfixes)
		return;
	no_fix_rule(sb, words);
	fix_rule(sb, words, NULL);
	for (size_t i = 0; i < words->nfixes; i++)
		if (first_of_when(words, i))
			fix_rule(sb, words, words->fixes[i].when);
}

static void missing_accessible(struct strbuf *sb, const struct catalog *cat, const char *id)
{
	static const struct shape shapes[] = {
		{"ref", false, false, false, false}, {"ref_secure", false, false, false, true},
		{"ret", true, false, false, true}, {"arr", false, true, false, true},
		{"one", false, false, true, true},
	};

	bool proven = proven_rule(sb, cat), private = private_rules(sb, cat);

	for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
		const char *conf = shapes[i].secure ? "definite" : "possible";
		char msg[256];
		if (!acquire_rule(sb, cat, &shapes[i], proven, private))
			continue;
		snprintf(msg, sizeof(msg), "'%%s%s' reaches I/O in %%s() without "
			 "%s() after %%s() took a new reference on line %%s (%s)",
			 shapes[i].array ? "[]" : "", catalog_guard_name(cat, false), conf);
		report_scripts(sb, id, shapes[i].rule, "p1 P first sink", msg,
			       "P, sink, first, p1[0].line");
		context_rule(sb, shapes[i].rule, "sink");
	}
	patch_fixes(sb, catalog_rule_text(cat, id));
}

/* ---- unchecked-accessible ---- */

/* every guard call, in the form fmt gives ("%s@first@p2(P);\n") */
static void matching_calls(struct strbuf *sb, const struct catalog *cat,
			   bool (*want)(const struct api *), const char *fmt);

static bool is_guard(const struct api *a)
{
	return a->cls == API_GUARD;
}

static void guard_calls(struct strbuf *body, const struct catalog *cat, const char *fmt)
{
	matching_calls(body, cat, is_guard, fmt);
	sb_adds(body, ")\n");
}

static void unchecked_accessible(struct strbuf *sb, const struct catalog *cat, const char *id)
{
	struct strbuf body = {0};

	guard_calls(&body, cat, "%s@first@p2(P);\n");
	emit_rule(sb, "r", "", body.buf, NULL);
	report_scripts(sb, id, "r", "P first", "the result of %s(%s) is ignored: on "
		       "failure the page is still secure (definite)",
		       "first, P");
	context_rule(sb, "r", "first");
	sb_reset(&body);
	guard_calls(&body, cat, "res = %s@first@p1(P)\n");
	sb_adds(&body, "... when != res\n    when != P = E\n");
	sink_calls(&body, cat, "P", NULL);
	emit_rule(sb, "s", "exists", body.buf, NULL);
	report_scripts(sb, id, "s", "p1 P first sink", "'%s' reaches I/O in %s() before "
		       "the result of %s() on line %s is tested (definite)",
		       "P, sink, first, p1[0].line");
	context_rule(sb, "s", "sink");
	sb_release(&body);
}

/* ---- io-without-ref ---- */

static void no_acquire_on(struct strbuf *sb, const struct catalog *cat)
{
	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		if ((a->cls == API_ACQUIRE || a->cls == API_LOCK) && a->page == 0 &&
		    !a->page_array && cocci_can_name(a)) {
			sb_addf(sb, "    when != %s(P, ...)\n", a->name);
		}
	}
}

/* A rule from a start (the calls matched in starts) to a sink with no
 * reference taken on the way. */
static void start_to_io_without_ref(struct strbuf *sb, const struct catalog *cat,
				    const char *id, const char *rule, struct strbuf *starts,
				    const char *msg, const char *args)
{
	sb_adds(starts, ")\n...");
	no_acquire_on(starts, cat);
	sb_adds(starts, "    when != P = E\n");
	sink_calls(starts, cat, "P", NULL);
	emit_rule(sb, rule, "exists", starts->buf, NULL);
	report_scripts(sb, id, rule, "p1 P first sink", msg, args);
	context_rule(sb, rule, "sink");
}

static bool noref_source(const struct api *a)
{
	return a->noref && a->page == PAGE_RETURN;
}

static bool single_release(const struct api *a)
{
	return a->cls == API_RELEASE && a->page == 0 && !a->page_array;
}

/* a disjunction of the catalog's calls that want() picks, each as fmt */
static void matching_calls(struct strbuf *sb, const struct catalog *cat,
			   bool (*want)(const struct api *), const char *fmt)
{
	bool first = true;

	for (size_t i = 0; i < cat->napis; i++)
		if (want(&cat->apis[i]) && cocci_can_name(&cat->apis[i])) {
			disjunction_start(sb, &first);
			sb_addf(sb, fmt, cat->apis[i].name);
		}
}

static void io_without_ref(struct strbuf *sb, const struct catalog *cat, const char *id)
{
	struct strbuf starts = {0};

	matching_calls(&starts, cat, noref_source, "P = %s@first@p1(...)\n");
	start_to_io_without_ref(sb, cat, id, "noref", &starts,
				"'%s' from %s() on line %s reaches I/O in %s() with no "
				"reference held (definite)",
				"P, first, p1[0].line, sink");
	sb_reset(&starts);
	matching_calls(&starts, cat, single_release, "%s@first@p1(P);\n");
	start_to_io_without_ref(sb, cat, id, "put", &starts,
				"'%s' reaches I/O in %s() after %s() on line %s dropped "
				"its reference (possible)",
				"P, sink, first, p1[0].line");
	sb_release(&starts);
}

/* ---- accessible-before-ref ---- */

static bool fills_array(const struct api *a)
{
	return a->cls == API_ACQUIRE && a->page_array && a->page >= 0;
}

/* The guard calls on pages whose reference the function cannot know of,
 * or that it just took, which no reference-taking call names: a
 * parameter's page (its caller's: a helper that only makes it accessible)
 * and the elements of an array a gup call just filled (pages[i], or page
 * of &page). Their positions (pp) are not reported. */
static void caller_page_rules(struct strbuf *sb, const struct catalog *cat)
{
	static const struct {
		const char *rule, *filled, *guarded;
	} fills[] = {{"filled", "A", "A[I]"}, {"filled_one", "&A", "A"}};
	struct strbuf body = {0};

	sb_adds(&body, "fn(..., T arg, ...) {\n<...\n");
	guard_calls(&body, cat, "%s@pp(arg)\n");
	sb_adds(&body, "...>\n}\n");
	emit_rule(sb, "param", "", body.buf, NULL);
	for (size_t f = 0; f < sizeof(fills) / sizeof(fills[0]); f++) {
		bool first = true;
		char fmt[64];
		sb_reset(&body);
		for (size_t i = 0; i < cat->napis; i++) {
			const struct api *a = &cat->apis[i];
			if (!fills_array(a) || !cocci_can_name(a))
				continue;
			disjunction_start(&body, &first);
			sb_addf(&body, "%s(", a->name);
			args_with_page_at(&body, 'E', a->page, fills[f].filled);
			sb_adds(&body, ")\n");
		}
		sb_adds(&body, ")\n... when != A = E\n");
		snprintf(fmt, sizeof(fmt), "%%s@pp(%s)\n", fills[f].guarded);
		guard_calls(&body, cat, fmt);
		emit_rule(sb, fills[f].rule, "exists", body.buf, NULL);
	}
	sb_release(&body);
}

static void accessible_before_ref(struct strbuf *sb, const struct catalog *cat, const char *id)
{
	struct strbuf body = {0};

	caller_page_rules(sb, cat);
	sb_adds(&body, "fn(...) {\n...");
	no_acquire_on(&body, cat);
	for (size_t i = 0; i < cat->napis; i++) {
		const struct api *a = &cat->apis[i];
		if (a->cls == API_ACQUIRE && a->page == PAGE_RETURN)
			sb_addf(&body, "    when != P = %s(...)\n", a->name);
	}
	guard_calls(&body, cat, "%s@first@p2(P)\n");
	sb_adds(&body, "... when any\n}\n");
	emit_rule(sb, "early", "exists", body.buf,
		  "p2 != {param.pp, filled.pp, filled_one.pp}");
	report_scripts(sb, id, "early", "P first", "%s() on '%s' while no reference or "
		       "page lock is held (possible)", "first, P");
	context_rule(sb, "early", "first");
	sb_release(&body);
}

#define CHECKER(name) extern const struct checker check_##name;
#include "../checkers/check_list.h"
#undef CHECKER

static const struct rendition renditions[] = {
	{&check_missing_accessible, missing_accessible},
	{&check_unchecked_accessible, unchecked_accessible},
	{&check_io_without_ref, io_without_ref},
	{&check_accessible_before_ref, accessible_before_ref},
};
#define NRENDITIONS (sizeof(renditions) / sizeof(renditions[0]))

/* In the registry's order: the rules that have a rendition. */
const char *cocci_rule_id(size_t i)
{
	for (int k = 0; k < ncheckers; k++)
		for (size_t r = 0; r < NRENDITIONS; r++)
			if (renditions[r].rule == checkers[k] && !i--)
				return checkers[k]->id;
	return NULL;
}

static const struct rendition *rendition_of(const char *id)
{
	for (size_t r = 0; r < NRENDITIONS; r++)
		if (!strcmp(renditions[r].rule->id, id))
			return &renditions[r];
	return NULL;
}

static void header(struct strbuf *sb, const struct catalog *cat, const char *id)
{
	const struct rule_text *words = catalog_rule_text(cat, id);

	sb_adds(sb, "// SPDX-License-Identifier: GPL-2.0-only\n///\n");
	for (size_t i = 0; words && i < words->doc.n; i++)
		sb_addf(sb, "/// %s\n", words->doc.names[i]);
	sb_addf(sb, "///\n"
		"// Confidence: Moderate\n"
		"// Comments: pagecheck rule %s, generated from rules.yaml by\n"
		"// Comments: `pagecheck cocci %s`; do not edit. Intra-procedural: pagecheck's\n"
		"// Comments: clang engine also follows aliases, fields and branches on results.\n"
		"// Comments: --use-coccigrep: spatch's own file prefilter. The kernel's\n"
		"// Comments: .cocciconfig asks for git grep, which finds no file in a tree git\n"
		"// Comments: does not track (a tarball unpacked inside another work tree).\n"
		"// Options: --no-includes --include-headers --use-coccigrep\n"
		"// Requires: 1.0.8\n", id, id);
	if (cat->cocci_keywords.n) {
		sb_adds(sb, "// Keywords: ");
		for (size_t i = 0; i < cat->cocci_keywords.n; i++)
			sb_addf(sb, "%s%s", i ? ", " : "", cat->cocci_keywords.names[i]);
		sb_adds(sb, "\n");
	}
}

/* coccicheck's four modes, and the fixes' own (-D folio_guard) */
static void virtuals(struct strbuf *sb, const struct catalog *cat)
{
	sb_adds(sb, "\nvirtual patch\nvirtual context\nvirtual org\nvirtual report\n");
	for (size_t r = 0; r < cat->nrule_texts; r++)
		for (size_t i = 0; i < cat->rule_texts[r].nfixes; i++)
			if (first_of_when(&cat->rule_texts[r], i))
				sb_addf(sb, "virtual %s\n", cat->rule_texts[r].fixes[i].when);
}

/* The catalog's cpu_carriers, for the report scripts to cap to possible. */
static void cpu_carrier_set(struct strbuf *sb, const struct catalog *cat)
{
	sb_adds(sb, "\n@initialize:python@\n@@\n# rules.yaml cpu_carriers: no device reads their "
		    "carrier on s390\ncpu_carriers = {");
	for (size_t i = 0; i < cat->ncpu_carriers; i++)
		sb_addf(sb, "%s\"%s\"", i ? ", " : "", cat->cpu_carriers[i].function);
	sb_adds(sb, cat->ncpu_carriers ? "}\n" : "set()\n");
}

char *cocci_generate_all(const struct catalog *cat)
{
	struct strbuf sb = {0};

	/* rule names are distinct across the four: one spatch run checks all */
	sb_adds(&sb, "// every rule of pagecheck's cocci/, for pagecheck --engine=cocci\n");
	virtuals(&sb, cat);
	cpu_carrier_set(&sb, cat);
	for (size_t i = 0; cocci_rule_id(i); i++)
		rendition_of(cocci_rule_id(i))->body(&sb, cat, cocci_rule_id(i));
	return sb_detach(&sb);
}

char *cocci_generate(const struct catalog *cat, const char *rule_id)
{
	struct strbuf sb = {0};
	const struct rendition *r = rendition_of(rule_id);

	if (!r)
		return NULL;
	header(&sb, cat, r->rule->id);
	virtuals(&sb, cat);
	cpu_carrier_set(&sb, cat);
	r->body(&sb, cat, r->rule->id);
	return sb_detach(&sb);
}
