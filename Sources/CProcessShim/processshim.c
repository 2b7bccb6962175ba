#include "processshim.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static atomic_int coprod_termination = 0;

static void coprod_termination_handler(int sig) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&coprod_termination, &expected, sig)) {
        _exit(128 + sig);  /* asked twice: stop now */
    }
}

int coprod_termination_install(int sig, int respect_ignored) {
    struct sigaction previous;
    if (respect_ignored && sigaction(sig, NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) {
        return 0;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = coprod_termination_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  /* no SA_RESTART: a read blocked on input returns EINTR */
    if (sigaction(sig, &action, NULL) != 0) return -1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int coprod_termination_signal(void) { return atomic_load(&coprod_termination); }

void coprod_termination_reset(void) { atomic_store(&coprod_termination, 0); }

int coprod_stdout_write(const char *bytes, size_t count) {
    if (count == 0) return 0;
    errno = 0;
    if (fwrite(bytes, 1, count, stdout) == count) return 0;
    return errno != 0 ? errno : EIO;
}

int coprod_stdout_flush(void) {
    errno = 0;
    if (fflush(stdout) == 0) return 0;
    return errno != 0 ? errno : EIO;
}

bool coprod_descriptor_is_open(int fd) { return fcntl(fd, F_GETFD) != -1 || errno != EBADF; }
