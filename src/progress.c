#include "progress.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void progress_start(struct progress *p, size_t total, int forced, int status_every)
{
	const char *ci = getenv("CI");
	bool terminal = isatty(2) && !(ci && *ci && *ci != '0');

	*p = (struct progress){0};
	p->total = total;
	p->started = clock_seconds();
	p->last_drawn = p->started;
	p->every = status_every;
	if (forced >= 0)
		p->mode = forced ? PROGRESS_LINE : PROGRESS_OFF;
	else
		p->mode = terminal ? PROGRESS_LINE : status_every > 0 ? PROGRESS_LOG : PROGRESS_OFF;
}

static void eta_text(const struct progress *p, double elapsed, char *eta, size_t n)
{
	long s;

	if (!p->done) {
		snprintf(eta, n, "?");
		return;
	}
	s = (long)(elapsed / (double)p->done * (double)(p->total - p->done));
	snprintf(eta, n, "%ldm%02lds", s / 60, s % 60);
}

void progress_draw(struct progress *p, bool now)
{
	double t = clock_seconds(), elapsed = t - p->started;
	double every = p->mode == PROGRESS_LOG ? p->every : 0.2;
	char eta[32];

	if (p->mode == PROGRESS_OFF || (!now && t - p->last_drawn < every))
		return;
	p->last_drawn = t;
	eta_text(p, elapsed, eta, sizeof(eta));
	if (p->mode == PROGRESS_LINE)
		fprintf(stderr, "\r\033[K[%zu/%zu] %zu findings, %zu not analyzed, ETA %s",
			p->done, p->total, p->findings, p->failed, eta);
	else
		fprintf(stderr, "pagecheck: status: %zu/%zu files parsed, %zu findings, "
			"%zu not analyzed, %ldm%02lds elapsed, ETA %s\n", p->done, p->total,
			p->findings, p->failed, (long)elapsed / 60, (long)elapsed % 60, eta);
	fflush(stderr);
}

void progress_end(struct progress *p)
{
	if (p->mode == PROGRESS_LINE)
		fputs("\r\033[K", stderr);
}
