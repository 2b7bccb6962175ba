// Non-variadic wrappers around libedit's C-variadic el_set, el_get and history, which Swift
// cannot call, plus a SIGINT flag that is safe to set from a signal handler.
#pragma once
#include <histedit.h>
#include <stdbool.h>

/// A prompt callback: returns the prompt text for the next line.
typedef char *(*coprod_prompt_fn)(EditLine *el);
/// An editor function bound to a key: returns one of the CC_* codes.
typedef unsigned char (*coprod_editor_fn)(EditLine *el, int ch);

/// el_init on the standard streams (stdin, stdout, stderr), which Swift 6 cannot name safely.
EditLine *coprod_el_init(const char *program);

// ---- el_set / el_get -------------------------------------------------------------------------

/// EL_PROMPT. Returns 0 on success, -1 on failure.
int coprod_el_set_prompt(EditLine *el, coprod_prompt_fn fn);
/// EL_EDITOR with "emacs" or "vi".
int coprod_el_set_editor(EditLine *el, const char *mode);
/// EL_SIGNAL: whether libedit installs its own signal handlers (coprod keeps this off).
int coprod_el_set_signal(EditLine *el, int on);
/// EL_ADDFN: registers `fn` under `name` so that keys can be bound to it.
int coprod_el_add_function(EditLine *el, const char *name, const char *help, coprod_editor_fn fn);
/// EL_BIND: binds `key` (e.g. "^I") to the editor function `name`.
int coprod_el_bind(EditLine *el, const char *key, const char *name);
/// EL_SETTY with one mode argument for edit mode, e.g. "-isig" ("setty -d -isig").
int coprod_el_set_edit_tty_mode(EditLine *el, const char *mode);
/// EL_PREP_TERM: puts the terminal in the editor's mode (`on` != 0) or back in cooked mode.
int coprod_el_prepare_terminal(EditLine *el, int on);
/// EL_CLIENTDATA (set).
int coprod_el_set_client_data(EditLine *el, void *data);
/// EL_CLIENTDATA (get); NULL if unset.
void *coprod_el_client_data(EditLine *el);
/// EL_HIST: lets the editor browse `h` with the arrow keys and ^R.
int coprod_el_set_history(EditLine *el, History *h);
/// EL_RPROMPT_ESC: a right-side prompt; text between two `\1` bytes (escape sequences) takes no
/// columns.
int coprod_el_set_right_prompt(EditLine *el, coprod_prompt_fn fn);
/// EL_PROMPT_ESC: the prompt, with the same `\1` convention.
int coprod_el_set_prompt_esc(EditLine *el, coprod_prompt_fn fn);
/// EL_REFRESH: forgets what libedit believes is on the screen and draws prompt and line again
/// from the cursor's row.
int coprod_el_refresh(EditLine *el);

// ---- window size and job control at the prompt -------------------------------------------------

/// Installs SIGWINCH and SIGCONT handlers that only write a byte to a pipe (the self-pipe pattern)
/// and sets EL_GETCFN to a reader that waits on standard input and that pipe together. When a
/// signal arrived, the reader (not the handler) calls el_resize and redraws the line for the new
/// width, or after SIGCONT puts the terminal back into edit mode and redraws. Once per editor.
/// Returns 0 on success, -1 on failure (libedit's own reader then stays in place).
int coprod_el_install_signal_reader(EditLine *el);
/// Puts the terminal in cooked mode, stops the process group with SIGTSTP (as a shell's job
/// control expects) and, once continued, returns to edit mode and draws prompt and line on the
/// line the cursor is on. For a `^Z` key binding.
void coprod_el_suspend(EditLine *el);
/// The columns the current prompt takes (set before each el_gets), used to find the first row of
/// the line when redrawing after a resize.
void coprod_set_prompt_columns(int columns);
/// The typing hint for the line being edited: given the columns free after the line's text (two
/// columns of gap already taken off), returns the plain text to show there (at most that wide), or
/// NULL for none. The returned text must stay valid until the next call.
typedef const char *(*coprod_hint_fn)(EditLine *el, int room);
/// Sets where the reader gets the typing hint (NULL: never draws one, nor writes any escape).
/// Before it waits for a key the reader draws the hint dimmed after the end of the line (cursor
/// saved and restored, the rest of the row erased first), only when prompt, line and hint fit on
/// one row; it erases the hint as soon as a key arrives, before libedit handles it.
void coprod_set_hint_source(coprod_hint_fn fn);
/// Forgets any hint drawn (a new line is about to be read).
void coprod_hint_new_line(void);
/// Erases the hint drawn after the line, if any (before the line is left: ^C, Tab's list).
void coprod_hint_erase(EditLine *el);
/// How many SIGWINCH the reader has handled (tests and diagnostics).
unsigned long coprod_resize_count(void);

// ---- history ----------------------------------------------------------------------------------

/// H_SETSIZE: keep at most `size` entries.
int coprod_history_set_size(History *h, int size);
/// H_SETUNIQUE: do not enter a line equal to the previous one.
int coprod_history_set_unique(History *h, int unique);
/// H_ENTER: adds `line` as the newest entry.
int coprod_history_enter(History *h, const char *line);
/// H_LOAD: appends the entries of a libedit-format file; -1 on failure (see errno).
int coprod_history_load(History *h, const char *path);
/// H_SAVE: writes all entries in libedit's format; the number written, or -1 (see errno).
int coprod_history_save(History *h, const char *path);
/// H_CLEAR: removes every entry.
int coprod_history_clear(History *h);
/// H_GETSIZE: the number of entries.
int coprod_history_count(History *h);
/// H_LAST then H_PREV: the oldest entry (`index` 0) up to the newest; NULL past the end.
/// The returned text belongs to the history and is valid until it changes.
const char *coprod_history_entry(History *h, int index);

// ---- SIGINT while a command runs --------------------------------------------------------------

/// Installs a SIGINT handler (sigaction, SA_RESTART) that only sets an atomic flag.
/// Returns 0 on success, -1 on failure (see errno).
int coprod_interrupt_install(void);
/// Whether SIGINT arrived since the last reset.
bool coprod_interrupt_pending(void);
/// Clears the flag.
void coprod_interrupt_reset(void);

// ---- display ----------------------------------------------------------------------------------

/// wcwidth(3) for one Unicode scalar: the terminal columns it takes, or -1 if not printable.
int coprod_wcwidth(unsigned int scalar);
