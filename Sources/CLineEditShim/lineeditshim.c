#define _XOPEN_SOURCE 700
#include <pthread.h>
#include "lineeditshim.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include <wchar.h>

EditLine *coprod_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }

int coprod_el_set_prompt(EditLine *el, coprod_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
int coprod_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int coprod_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

int coprod_el_add_function(EditLine *el, const char *name, const char *help, coprod_editor_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int coprod_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, (const char *)NULL);
}

int coprod_el_set_edit_tty_mode(EditLine *el, const char *mode) {
    return el_set(el, EL_SETTY, "-d", mode, (const char *)NULL);
}

int coprod_el_prepare_terminal(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }

int coprod_el_set_client_data(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

void *coprod_el_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int coprod_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

int coprod_el_set_right_prompt(EditLine *el, coprod_prompt_fn fn) {
    return el_set(el, EL_RPROMPT_ESC, fn, '\1');
}
int coprod_el_set_prompt_esc(EditLine *el, coprod_prompt_fn fn) { return el_set(el, EL_PROMPT_ESC, fn, '\1'); }
int coprod_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

// ---- window size and job control ----------------------------------------------------------------

static int coprod_signal_pipe[2] = {-1, -1};
static atomic_int coprod_prompt_cells = 0;
void coprod_set_prompt_columns(int columns) { atomic_store(&coprod_prompt_cells, columns); }
static atomic_bool coprod_winch_flag = false;
static atomic_bool coprod_cont_flag = false;
static atomic_ulong coprod_resizes = 0;

static void coprod_wake_handler(int sig) {
    int saved = errno;
    if (sig == SIGWINCH) atomic_store(&coprod_winch_flag, true);
    if (sig == SIGCONT) atomic_store(&coprod_cont_flag, true);
    if (coprod_signal_pipe[1] >= 0) {
        char byte = (char)sig;
        (void)write(coprod_signal_pipe[1], &byte, 1);
    }
    errno = saved;
}

/// Redraws the line after the window changed: el_resize reads the new size, then the cursor goes
/// to the first row of what is drawn (a reflowing terminal keeps prompt and line together, ending
/// on the row the cursor is on) and everything below is erased before libedit draws it again.
static int coprod_hint_shown;

static void coprod_redraw(EditLine *el, int resized) {
    const LineInfo *info = el_line(el);
    if (resized) el_resize(el);
    int columns = 80;
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) columns = size.ws_col;
    int rowsUp = 0;
    if (info != NULL) {
        // The prompt's and the line's columns up to the cursor, as the terminal laid them out.
        int cells = 0;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        const char *p = info->buffer;
        while (p < info->cursor) {
            wchar_t wc;
            size_t n = mbrtowc(&wc, p, (size_t)(info->cursor - p), &state);
            if (n == (size_t)-1 || n == (size_t)-2 || n == 0) { cells += 1; p += 1; memset(&state, 0, sizeof state); continue; }
            int w = wcwidth(wc);
            cells += w < 0 ? 2 : w;
            p += n;
        }
        cells += atomic_load(&coprod_prompt_cells);
        rowsUp = cells / columns;
    }
    FILE *out = stdout;
    fputc('\r', out);
    if (rowsUp > 0) fprintf(out, "\033[%dA", rowsUp);
    fputs("\033[J", out);
    fflush(out);
    coprod_hint_shown = 0;
    el_set(el, EL_REFRESH);
}

// ---- typing hints ------------------------------------------------------------------------------

static coprod_hint_fn coprod_hint_source = NULL;
/// Whether a hint is on the screen after the line's text.
static int coprod_hint_shown = 0;  // declared above coprod_redraw
void coprod_set_hint_source(coprod_hint_fn fn) { coprod_hint_source = fn; }
void coprod_hint_new_line(void) { coprod_hint_shown = 0; }

/// The terminal columns of the UTF-8 text from `p` to `end` (a character that is not printable
/// counts two, as libedit shows it as ^X).
static int coprod_columns(const char *p, const char *end) {
    int cells = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    while (p < end) {
        wchar_t wc;
        size_t n = mbrtowc(&wc, p, (size_t)(end - p), &state);
        if (n == (size_t)-1 || n == (size_t)-2 || n == 0) { cells += 1; p += 1; memset(&state, 0, sizeof state); continue; }
        int w = wcwidth(wc);
        cells += w < 0 ? 2 : w;
        p += n;
    }
    return cells;
}

static int coprod_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

/// Draws `show` ? the current hint : nothing after the end of the line, erasing what was there.
static void coprod_hint_place(EditLine *el, int show) {
    const LineInfo *info = el_line(el);
    if (info == NULL) return;
    int width = coprod_terminal_columns();
    // During ^R libedit keeps its search prompt after a newline at the end of the buffer (and
    // draws it on the row below): no hint then, and the line ends at that newline.
    const char *end = memchr(info->buffer, '\n', (size_t)(info->lastchar - info->buffer));
    if (end != NULL) show = 0; else end = info->lastchar;
    if (info->cursor > end) return;
    int before = atomic_load(&coprod_prompt_cells) + coprod_columns(info->buffer, info->cursor);
    int after = coprod_columns(info->cursor, end);
    if (before + after >= width - 1) {
        // The line fills its row or wraps: its own text has covered where a hint was.
        coprod_hint_shown = 0;
        return;
    }
    const char *hint = NULL;
    int room = width - 1 - (before + after) - 2;
    if (show && coprod_hint_source != NULL && room >= 4) hint = coprod_hint_source(el, room);
    if (hint != NULL && hint[0] == '\0') hint = NULL;
    if (hint == NULL && !coprod_hint_shown) return;
    FILE *out = stdout;
    fputs("\0337", out);  // DECSC: save the cursor
    if (after > 0) fprintf(out, "\033[%dC", after);
    fputs("\033[K", out);
    if (hint != NULL) fprintf(out, "  \033[2m%s\033[22m", hint);
    fputs("\0338", out);  // DECRC: back where libedit left it
    fflush(out);
    coprod_hint_shown = hint != NULL;
}

void coprod_hint_erase(EditLine *el) {
    if (coprod_hint_shown) coprod_hint_place(el, 0);
}

static int coprod_signal_getc(EditLine *el, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    // libedit has handled the previous key (and drawn the line): the hint may have changed.
    int hintStale = coprod_hint_source != NULL;
    for (;;) {
        if (atomic_exchange(&coprod_cont_flag, false)) {
            // The shell may have changed the terminal while we were stopped.
            el_set(el, EL_PREP_TERM, 0);
            el_set(el, EL_PREP_TERM, 1);
            atomic_store(&coprod_winch_flag, false);
            coprod_redraw(el, 1);
        }
        if (atomic_exchange(&coprod_winch_flag, false)) {
            atomic_fetch_add(&coprod_resizes, 1);
            coprod_redraw(el, 1);
            hintStale = coprod_hint_source != NULL;
        }
        if (hintStale && count == 0) {
            // Only when no key is waiting: a paste or typed-ahead text is read first.
            struct pollfd pending = {STDIN_FILENO, POLLIN, 0};
            if (poll(&pending, 1, 0) == 0) {
                hintStale = 0;
                coprod_hint_place(el, 1);
            }
        }
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {coprod_signal_pipe[0], POLLIN, 0}};
        int ready = poll(fds, 2, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (fds[1].revents & POLLIN) {
            char drain[64];
            while (read(coprod_signal_pipe[0], drain, sizeof drain) > 0) {}
            continue;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        char byte;
        ssize_t n = read(STDIN_FILENO, &byte, 1);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        if (n == 0) return 0;
        bytes[count++] = byte;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        wchar_t wc;
        size_t used = mbrtowc(&wc, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue;  // more bytes of one character
        if (used == (size_t)-1 || used == (size_t)-2) {
            // Not UTF-8: drop it, as libedit's own reader does.
            count = 0;
            continue;
        }
        *out = used == 0 ? L'\0' : wc;
        // The hint is on the screen only while a key is awaited: libedit draws as if the row after
        // the line were blank (it skips blanks over blanks), and Enter must leave the line clean.
        coprod_hint_erase(el);
        return 1;
    }
}

int coprod_el_install_signal_reader(EditLine *el) {
    if (coprod_signal_pipe[0] < 0) {
        if (pipe(coprod_signal_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(coprod_signal_pipe[i], F_SETFD, FD_CLOEXEC);
            fcntl(coprod_signal_pipe[i], F_SETFL, fcntl(coprod_signal_pipe[i], F_GETFL) | O_NONBLOCK);
        }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = coprod_wake_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (sigaction(SIGWINCH, &action, NULL) != 0 || sigaction(SIGCONT, &action, NULL) != 0) return -1;
        sigset_t wake;
        sigemptyset(&wake);
        sigaddset(&wake, SIGWINCH);
        sigaddset(&wake, SIGCONT);
        pthread_sigmask(SIG_UNBLOCK, &wake, NULL);
    }
    return el_set(el, EL_GETCFN, coprod_signal_getc);
}

void coprod_el_suspend(EditLine *el) {
    coprod_hint_erase(el);
    fputs("\r\n", stdout);
    fflush(stdout);
    el_set(el, EL_PREP_TERM, 0);
    // SIGTSTP's default action stops us; in an orphaned process group (no job-control shell)
    // the kernel discards it and this returns at once.
    kill(0, SIGTSTP);
    atomic_store(&coprod_cont_flag, false);
    el_set(el, EL_PREP_TERM, 1);
    // A shell's `fg` leaves the cursor on a fresh line: draw prompt and line there.
    el_set(el, EL_REFRESH);
}

unsigned long coprod_resize_count(void) { return atomic_load(&coprod_resizes); }

int coprod_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

int coprod_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

int coprod_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

int coprod_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

int coprod_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

int coprod_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

int coprod_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}

const char *coprod_history_entry(History *h, int index) {
    HistEvent ev;
    if (index < 0 || history(h, &ev, H_LAST) != 0) return NULL;
    for (int i = 0; i < index; i++) {
        if (history(h, &ev, H_PREV) != 0) return NULL;
    }
    return ev.str;
}

static atomic_bool coprod_interrupt_flag = false;

static void coprod_interrupt_handler(int sig) {
    (void)sig;
    atomic_store_explicit(&coprod_interrupt_flag, true, memory_order_relaxed);
}

int coprod_interrupt_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = coprod_interrupt_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    /* A parent may have started us with SIGINT blocked (the mask survives exec): unblock it, or
       Ctrl-C during a run would never arrive. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    return pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

bool coprod_interrupt_pending(void) {
    return atomic_load_explicit(&coprod_interrupt_flag, memory_order_relaxed);
}

void coprod_interrupt_reset(void) {
    atomic_store_explicit(&coprod_interrupt_flag, false, memory_order_relaxed);
}

int coprod_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
