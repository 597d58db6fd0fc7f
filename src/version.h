/* pagecheck's version: what --version prints and what a report names. */
#ifndef PAGECHECK_VERSION_H
#define PAGECHECK_VERSION_H

#ifndef PAGECHECK_VERSION
#define PAGECHECK_VERSION "0.1"
#endif

#endif
