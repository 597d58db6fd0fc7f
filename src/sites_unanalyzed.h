/* Sites of the files that did not parse, found in their text. */
#ifndef PAGECHECK_SITES_UNANALYZED_H
#define PAGECHECK_SITES_UNANALYZED_H

#include "findings.h"

struct catalog;
/* Every call of a catalog acquire or may-be-secure origin in a file that
 * should have been analyzed and was not, as a site with the verdict
 * `unanalyzed` and the file's reason; relative files are under srctree. */
void sites_of_unparsed_files(struct results *r, const char *srctree, const struct catalog *cat);

#endif
