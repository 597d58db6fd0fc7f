/* Shows that a long run is alive: on a terminal one line redrawn in place;
 * elsewhere (CI logs, make check | tee) a status line every few seconds;
 * nothing when asked. */
#ifndef PAGECHECK_PROGRESS_H
#define PAGECHECK_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

enum progress_mode { PROGRESS_OFF, PROGRESS_LINE, PROGRESS_LOG };

struct progress {
	enum progress_mode mode;
	double every;		/* seconds between status lines (PROGRESS_LOG) */
	size_t total, done;	/* files to parse, parsed */
	size_t findings, failed;
	double started, last_drawn;
};

/* forced: 1 the line, 0 neither line nor log, -1 the line on a terminal
 * outside CI, else a status line every status_every seconds (0: none) */
void progress_start(struct progress *p, size_t total, int forced, int status_every);
void progress_draw(struct progress *p, bool now);
void progress_end(struct progress *p);

#endif
