/* One status line for a person watching a terminal; silent in CI and when
 * stderr is not a terminal. */
#ifndef PAGECHECK_PROGRESS_H
#define PAGECHECK_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

struct progress {
	bool enabled;
	size_t total, done;	/* files to parse, parsed */
	size_t findings, failed;
	double started, last_drawn;
};

/* forced: 1 on, 0 off, -1 decide from the terminal and $CI */
void progress_start(struct progress *p, size_t total, int forced);
void progress_draw(struct progress *p, bool now);
void progress_end(struct progress *p);

#endif
