/* The shared write generation (gen.h). */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"
#include "log.h"

#define GEN_FILE_SIZE	4096

static _Atomic uint64_t	*counter;

int
gen_open(const char *path)
{
	struct stat	 st;
	void		*p;
	int		 fd;

	if (path == NULL || path[0] == '\0')
		return -1;
	/* Processes share it through the mapping: the add must be one
	 * instruction, not a lock inside this process. */
	if (!atomic_is_lock_free(counter)) {
		log_err("generation: no lock-free 64-bit atomics here");
		return -1;
	}
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600)) == -1) {
		log_warn("generation: %s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (st.st_size < GEN_FILE_SIZE && ftruncate(fd, GEN_FILE_SIZE) == -1)) {
		log_warn("generation: %s: not a usable file", path);
		close(fd);
		return -1;
	}
	p = mmap(NULL, GEN_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		log_warn("generation: %s: mmap: %s", path, strerror(errno));
		return -1;
	}
	counter = p;
	return 0;
}

void
gen_bump(void)
{
	if (counter != NULL)
		atomic_fetch_add(counter, 1);
}

int
gen_read(uint64_t *out)
{
	if (counter == NULL)
		return -1;
	*out = atomic_load(counter);
	return 0;
}
