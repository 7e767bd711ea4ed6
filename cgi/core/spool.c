/* The durable submission spool. */
#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "arena.h"
#include "log.h"
#include "session.h"
#include "spool.h"

#define SPOOL_MAX_FILE	(1024 * 1024)
#define SPOOL_MAX_BATCH	4096

/* fsync a directory so a rename or link in it survives a crash. */
static int
dir_sync(const char *dir)
{
	int	fd = open(dir, O_RDONLY | O_DIRECTORY);
	int	rc;

	if (fd == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Write, fsync and close a new file at path; its times are the epoch. */
static int
file_write_sync(const char *path, const char *data, size_t len)
{
	static const struct timespec	epoch[2] = { { 0, 0 }, { 0, 0 } };
	int				fd;
	ssize_t				w;
	size_t				off = 0;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) == -1)
		return -1;
	while (off < len) {
		if ((w = write(fd, data + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)w;
	}
	if (futimens(fd, epoch) == -1 || fsync(fd) == -1) {
		close(fd);
		unlink(path);
		return -1;
	}
	return close(fd);
}

/* mkdir -p, mode 0700 for what it creates. 0 or -1. */
static int
mkdir_p(const char *dir)
{
	char	path[4096], *p;

	if (snprintf(path, sizeof(path), "%s", dir) >= (int)sizeof(path))
		return -1;
	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return mkdir(path, 0700) == -1 && errno != EEXIST ? -1 : 0;
}

int
spool_write(const char *dir, const char *name, const char *prefix,
    const char *data, size_t len)
{
	char	tmp[4096], final[4096], hex[33];
	int	rc;

	if (mkdir_p(dir) == -1)
		return -1;
	hex_random(hex);
	snprintf(tmp, sizeof(tmp), "%s/.tmp-%s", dir, hex);
	hex_random(hex);
	if (name != NULL)
		snprintf(final, sizeof(final), "%s/%s", dir, name);
	else
		snprintf(final, sizeof(final), "%s/%s%s", dir, prefix, hex);
	if (file_write_sync(tmp, data, len) == -1) {
		log_err("spool: write %s: %s", tmp, strerror(errno));
		return -1;
	}
	/* link() refuses an existing name, which rename() would replace */
	rc = link(tmp, final);
	unlink(tmp);
	if (rc == -1)
		return errno == EEXIST ? 1 : -1;
	return dir_sync(dir) == 0 ? 0 : -1;
}

int
spool_has(struct arena *a, const char *dir, const char *name)
{
	char	*path = arena_printf(a, "%s/%s", dir, name);

	return path != NULL && access(path, F_OK) == 0;
}

int
spool_empty(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 empty = 1;

	if (d == NULL)
		return 1;
	while (empty && (e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			empty = 0;
	closedir(d);
	return empty;
}

/* The spooled file names, shuffled. Count, or -1. */
static int
names_shuffled(struct arena *a, const char *dir, char ***out)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	char		**v = arena_alloc(a, sizeof(char *) * SPOOL_MAX_BATCH), *t;
	size_t		 n = 0, i, j;

	if (d == NULL || v == NULL) {
		if (d != NULL)
			closedir(d);
		return d == NULL && errno == ENOENT ? 0 : -1;
	}
	while (n < SPOOL_MAX_BATCH && (e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			v[n++] = arena_strdup(a, e->d_name);
	closedir(d);
	for (i = n; i > 1; i--) {
		j = randombytes_uniform((uint32_t)i);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
	*out = v;
	return (int)n;
}

/* Read one spooled file into the arena. NULL on error. */
static char *
file_slurp(struct arena *a, const char *path, size_t *len)
{
	int		 fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat	 st;
	char		*p = NULL;

	if (fd == -1)
		return NULL;
	if (fstat(fd, &st) == 0 && st.st_size <= SPOOL_MAX_FILE &&
	    (p = arena_alloc(a, (size_t)st.st_size + 1)) != NULL &&
	    read(fd, p, (size_t)st.st_size) == st.st_size) {
		p[st.st_size] = '\0';
		*len = (size_t)st.st_size;
	} else
		p = NULL;
	close(fd);
	return p;
}

/* Apply every file; stop at the first that cannot be applied now. */
static int
replay_all(const char *dir, struct arena *a, spool_apply apply, void *ctx)
{
	char	**names, *path, *data;
	size_t	  len;
	int	  n, i, rc, done = 0;

	if ((n = names_shuffled(a, dir, &names)) <= 0)
		return n;
	for (i = 0; i < n; i++) {
		path = arena_printf(a, "%s/%s", dir, names[i]);
		if (path == NULL || (data = file_slurp(a, path, &len)) == NULL)
			continue;	/* another replayer took it */
		if ((rc = apply(ctx, a, data, len)) == -1)
			return -1;
		if (rc == 1) {	/* unreadable: keep it aside for a person */
			log_err("spool: %s cannot be replayed; kept as .bad-%s", path, names[i]);
			rename(path, arena_printf(a, "%s/.bad-%s", dir, names[i]));
			continue;
		}
		if (unlink(path) == -1)
			log_err("spool: unlink %s: %s", path, strerror(errno));
		done++;
	}
	dir_sync(dir);
	return done;
}

int
spool_replay(const char *dir, struct arena *a, spool_apply apply, void *ctx)
{
	char	*lock = arena_printf(a, "%s/.lock", dir);
	int	 fd, rc;

	if (lock == NULL)
		return -1;
	if ((fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) == -1)
		return errno == ENOENT ? 0 : -1;
	if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		close(fd);
		return 0;
	}
	rc = replay_all(dir, a, apply, ctx);
	if (rc > 0)
		log_info("spool: replayed %d submissions", rc);
	flock(fd, LOCK_UN);
	close(fd);
	return rc;
}
