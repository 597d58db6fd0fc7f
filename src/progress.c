#include "progress.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void progress_start(struct progress *p, size_t total, int forced)
{
	const char *ci = getenv("CI");

	*p = (struct progress){0};
	p->total = total;
	p->started = clock_seconds();
	p->enabled = forced >= 0 ? forced : isatty(2) && !(ci && *ci && *ci != '0');
}

void progress_draw(struct progress *p, bool now)
{
	double t = clock_seconds(), elapsed = t - p->started;
	char eta[32] = "?";

	if (!p->enabled || (!now && t - p->last_drawn < 0.2))
		return;
	p->last_drawn = t;
	if (p->done) {
		long s = (long)(elapsed / (double)p->done * (double)(p->total - p->done));
		snprintf(eta, sizeof(eta), "%ldm%02lds", s / 60, s % 60);
	}
	fprintf(stderr, "\r\033[K[%zu/%zu] %zu findings, %zu not analyzed, ETA %s",
		p->done, p->total, p->findings, p->failed, eta);
	fflush(stderr);
}

void progress_end(struct progress *p)
{
	if (p->enabled)
		fputs("\r\033[K", stderr);
}
