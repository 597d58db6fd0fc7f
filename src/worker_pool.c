#include "worker_pool.h"
#include "util.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

struct running {
	pid_t pid;
	size_t job;
	double started;
	bool killed;
};

static void start(const struct worker_pool *p, struct running *slot, size_t job)
{
	pid_t pid;

	fflush(NULL);	/* nothing buffered may be written twice */
	pid = fork();
	if (pid == 0) {
		/* a worker dies of Ctrl-C as any process does */
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		_exit(p->run(p->ctx, job));
	}
	slot->pid = pid;
	slot->job = job;
	slot->started = clock_seconds();
	slot->killed = false;
	if (pid < 0) {
		struct job_result r = {JOB_EXITED, 127, 0};
		perror("pagecheck: fork");
		slot->pid = 0;
		p->done(p->ctx, job, &r);
	}
}

static void finish(const struct worker_pool *p, struct running *slot, int status)
{
	struct job_result r = {JOB_EXITED, 0, clock_seconds() - slot->started};

	if (slot->killed) {
		r.end = JOB_TIMED_OUT;
	} else if (WIFSIGNALED(status)) {
		r.end = JOB_SIGNALED;
		r.code = WTERMSIG(status);
	} else {
		r.code = WEXITSTATUS(status);
	}
	slot->pid = 0;
	p->done(p->ctx, slot->job, &r);
}

static bool stopped(const struct worker_pool *p)
{
	return p->stop && *p->stop;
}

/* Stopped: the running jobs are killed and reaped, none reported; the
 * number of them that had already ended well by themselves. */
static size_t stop_all(struct running *slots, int parallel)
{
	size_t ended = 0;

	for (int i = 0; i < parallel; i++)
		if (slots[i].pid) {
			int status = 0;
			kill(slots[i].pid, SIGKILL);
			waitpid(slots[i].pid, &status, 0);
			ended += WIFEXITED(status) && !WEXITSTATUS(status);
			slots[i].pid = 0;
		}
	return ended;
}

size_t pool_run(const struct worker_pool *p, size_t njobs)
{
	int parallel = p->parallel > 0 ? p->parallel : 1;
	struct running *slots = xcalloc((size_t)parallel, sizeof(*slots));
	size_t next = 0, ended = 0;
	int busy = 0;

	while ((next < njobs || busy) && !stopped(p)) {
		int status;
		pid_t pid;

		for (int i = 0; i < parallel && next < njobs; i++)
			if (!slots[i].pid) {
				start(p, &slots[i], next++);
				busy += slots[i].pid != 0;
			}
		pid = waitpid(-1, &status, WNOHANG);
		if (pid > 0) {
			for (int i = 0; i < parallel; i++)
				if (slots[i].pid == pid) {
					busy--;
					if (stopped(p)) {
						ended += WIFEXITED(status) && !WEXITSTATUS(status);
						slots[i].pid = 0;
						continue;
					}
					finish(p, &slots[i], status);
					ended++;
				}
			continue;
		}
		for (int i = 0; i < parallel; i++)
			if (slots[i].pid && !slots[i].killed && p->timeout &&
			    clock_seconds() - slots[i].started > p->timeout) {
				kill(slots[i].pid, SIGKILL);
				slots[i].killed = true;
			}
		if (p->tick)
			p->tick(p->ctx);
		usleep(20000);
	}
	ended += stop_all(slots, parallel);
	free(slots);
	return ended;
}
