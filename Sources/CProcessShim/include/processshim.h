// Process-level helpers that Swift 6 cannot write safely itself: signal handlers that only set
// an atomic value, and writes to the C `stdout` stream that report errno.
#pragma once
#include <stdbool.h>
#include <stddef.h>

// ---- SIGTERM / SIGINT in batch runs -----------------------------------------------------------

/// Installs a handler for `sig` (sigaction, *without* SA_RESTART, so that a blocking read returns
/// EINTR) that records the signal number; a second such signal while one is pending ends the
/// process at once with `_exit(128 + sig)`. Unblocks `sig`. If `sig` was ignored when the process
/// started (e.g. SIGINT for a background job) and `respect_ignored` is non-zero, it stays ignored.
/// Returns 0 on success, -1 on failure (see errno).
int coprod_termination_install(int sig, int respect_ignored);
/// The first recorded signal number, or 0.
int coprod_termination_signal(void);
/// Forgets the recorded signal.
void coprod_termination_reset(void);

// ---- standard streams -----------------------------------------------------------------------

/// Writes `count` bytes to the C `stdout` stream (buffered, in order with Swift's `print`).
/// Returns 0, or the errno of the failed write.
int coprod_stdout_write(const char *bytes, size_t count);
/// fflush(stdout). Returns 0, or the errno of the failed write.
int coprod_stdout_flush(void);
/// Whether descriptor `fd` is open.
bool coprod_descriptor_is_open(int fd);
