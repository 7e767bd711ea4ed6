/* Prefork supervisor: fork, restart, drain on SIGTERM. */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "supervisor.h"

#define MAX_WORKERS	256

static volatile sig_atomic_t	stopping;

struct slot {
	pid_t	pid;
	time_t	started;
};

static void	(*stop_hook)(void);

static void
on_stop(int sig)
{
	(void)sig;
	stopping = 1;
	if (stop_hook != NULL)
		stop_hook();
}

void
supervisor_on_stop(void (*fn)(void))
{
	stop_hook = fn;
}

int
worker_stopping(void)
{
	return stopping;
}

/* SIGTERM/SIGINT set the flag and interrupt blocking calls (no SA_RESTART). */
static void
catch_stop(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

/* Fork one worker into s. 0 in the parent, -1 if fork failed. */
static int
spawn(struct slot *s, int (*worker)(void *), void *arg)
{
	pid_t	pid = fork();

	if (pid == -1) {
		log_err("supervisor: fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		stopping = 0;
		signal(SIGCHLD, SIG_DFL);
		catch_stop();
		_exit(worker(arg) == 0 ? 0 : 1);
	}
	s->pid = pid;
	s->started = time(NULL);
	return 0;
}

/* A worker ended: log it and, unless stopping, start another. */
static void
reap(struct slot *slots, unsigned n, pid_t pid, int status,
    int (*worker)(void *), void *arg)
{
	unsigned	i;

	for (i = 0; i < n; i++) {
		if (slots[i].pid != pid)
			continue;
		slots[i].pid = 0;
		if (stopping)
			return;
		log_warn("supervisor: worker %ld ended (%s %d); starting another",
		    (long)pid, WIFSIGNALED(status) ? "signal" : "status",
		    WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
		if (time(NULL) - slots[i].started < 1)
			sleep(1);	/* dying at once: do not spin */
		if (!stopping)
			spawn(&slots[i], worker, arg);
		return;
	}
}

static void
drain(struct slot *slots, unsigned n)
{
	unsigned	i, left;
	pid_t		pid;

	for (i = 0; i < n; i++)
		if (slots[i].pid > 0)
			kill(slots[i].pid, SIGTERM);
	for (left = n; left > 0;) {
		if ((pid = waitpid(-1, NULL, 0)) == -1 && errno == ECHILD)
			break;
		for (i = 0; i < n; i++)
			if (pid > 0 && slots[i].pid == pid) {
				slots[i].pid = 0;
				left--;
			}
	}
}

int
supervise(unsigned n, int (*worker)(void *), void *arg)
{
	struct slot	slots[MAX_WORKERS];
	unsigned	i;
	int		status;
	pid_t		pid;

	if (n == 0 || n > MAX_WORKERS)
		return -1;
	memset(slots, 0, sizeof(slots));
	catch_stop();
	for (i = 0; i < n; i++)
		if (spawn(&slots[i], worker, arg) == -1)
			break;
	log_info("supervisor: %u workers", n);
	while (!stopping) {
		pid = waitpid(-1, &status, 0);
		if (pid > 0)
			reap(slots, n, pid, status, worker, arg);
		else if (errno == ECHILD)
			break;
	}
	drain(slots, n);
	log_info("supervisor: stopped");
	return 0;
}
