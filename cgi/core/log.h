#ifndef CHORUS_LOG_H
#define CHORUS_LOG_H
/*
 * One line per event on stderr: "2026-11-22T03:20:00Z chorus-staff[123] level: message".
 * Newlines and control bytes in the message are replaced, so a value
 * from a request can never forge a second log line.
 */
void	log_init(const char *progname);
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_err(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
