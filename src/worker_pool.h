/* Runs jobs in forked worker processes, a few at a time: a job that
 * crashes or runs past its time limit costs that job only, and the parent
 * learns what happened to it. */
#ifndef PAGECHECK_WORKER_POOL_H
#define PAGECHECK_WORKER_POOL_H

#include <stdbool.h>
#include <signal.h>
#include <stddef.h>

enum job_end { JOB_EXITED, JOB_SIGNALED, JOB_TIMED_OUT };

struct job_result {
	enum job_end end;
	int code;		/* exit status, or the signal's number */
	double seconds;		/* wall time of the job */
};

struct worker_pool {
	int parallel;
	unsigned timeout;	/* seconds per job, 0: none */
	/* in the child: does job i and returns its exit status */
	int (*run)(void *ctx, size_t i);
	/* in the parent, once per job, in the order jobs end */
	void (*done)(void *ctx, size_t i, const struct job_result *r);
	/* in the parent, a few times per second while jobs run */
	void (*tick)(void *ctx);
	void *ctx;
	/* set by a signal handler: kill the running jobs, start no more */
	volatile sig_atomic_t *stop;
};

/* The number of jobs that ended (all of them unless stopped; stopped, also
 * those that had ended well but were not yet reported). */
size_t pool_run(const struct worker_pool *p, size_t njobs);

#endif
