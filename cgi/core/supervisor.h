#ifndef CHORUS_SUPERVISOR_H
#define CHORUS_SUPERVISOR_H
/*
 * A small prefork supervisor. The parent forks n workers that each run
 * worker(arg) on the inherited listening socket, restarts any that dies
 * (with a back-off if they die young), and on SIGTERM or SIGINT passes
 * SIGTERM to the workers, waits for them to finish their current request
 * and returns. Workers see worker_stopping() turn true on SIGTERM.
 */
int	supervise(unsigned n, int (*worker)(void *), void *arg);
int	worker_stopping(void);
/* Also call fn (async-signal-safe) in a worker when SIGTERM arrives. */
void	supervisor_on_stop(void (*fn)(void));

#endif
