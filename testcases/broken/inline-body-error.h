/* A header whose inline function does not compile (as a header of another
 * configuration might not): only its body is wrong. */
static inline int helper_of_another_config(struct page *page)
{
	return page != NULL +;
}
