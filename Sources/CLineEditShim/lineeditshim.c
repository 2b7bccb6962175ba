#define _XOPEN_SOURCE 700
#include <pthread.h>
#include "lineeditshim.h"

#include <signal.h>
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
