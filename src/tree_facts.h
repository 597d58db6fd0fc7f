/* The facts a tree run's report names besides its figures: which tree
 * (path and kernel version), which pagecheck and catalog, and when, so an
 * audit read later says what it is an audit of. */
#ifndef PAGECHECK_TREE_FACTS_H
#define PAGECHECK_TREE_FACTS_H

struct tree_facts {
	const char *srctree;		/* absolute */
	char kernel_version[64];	/* "6.1.192"; empty when the Makefile does not say */
	char catalog_hash[17];		/* of the rules.yaml text, hex */
	char started[32];		/* UTC, ISO 8601 */
};

void tree_facts_collect(struct tree_facts *f, const char *srctree, const char *rules_path);

#endif
