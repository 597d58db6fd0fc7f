/* Sites judged where their pages went: into the callers, into a field. */
#ifndef PAGECHECK_SITE_FOLLOW_H
#define PAGECHECK_SITE_FOLLOW_H

#include "findings.h"

/* Every `escapes` site whose page its callers' sites or a field's findings
 * account for gets their verdict and the path; every finding names the
 * sites in other functions it is about (a note). On the final findings. */
void sites_follow(struct results *r);

#endif
