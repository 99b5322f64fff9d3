/*
 * libnethack_bridge.so: the native half of RlGym.Envs.NetHack's process bridge, called through P/Invoke.
 *
 *  - rlgym_nh_spawn starts a program in a new session on a new pseudo-terminal of the given size (its
 *    stdin, stdout and controlling terminal), with the write end of a status pipe on fd 3, the read end of
 *    a key pipe on fd 4 and stderr to a file, using posix_spawn (no fork of the managed process). Every
 *    descriptor it returns is close-on-exec, so games started later never inherit another game's ends.
 *  - rlgym_nh_term_* wrap libvterm (Debian's libvterm0): bytes in, and a copy of the screen out as one
 *    character and one colour byte per cell plus the cursor. The copy is kept up to date from the callbacks
 *    of libvterm's state layer, so a step that changes a few cells costs a few cell updates, not 1920.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <vterm.h>

/* ---- process ------------------------------------------------------------------------------------- */

/* Returns 0 and fills pid, master, status (read end) and keys (write end), or an errno value. */
int rlgym_nh_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                   const char *stderr_path, int rows, int cols, int *pid, int *master, int *status, int *keys)
{
    int err = 0;
    int pty = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (pty < 0) {
        return errno;
    }
    char slave[128];
    struct winsize size = { .ws_row = (unsigned short) rows, .ws_col = (unsigned short) cols };
    if (grantpt(pty) != 0 || unlockpt(pty) != 0 || ptsname_r(pty, slave, sizeof slave) != 0 ||
        ioctl(pty, TIOCSWINSZ, &size) != 0) {
        err = errno;
        close(pty);
        return err;
    }
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
        err = errno;
        close(pty);
        return err;
    }
    int key_fds[2];
    if (pipe2(key_fds, O_CLOEXEC) != 0) {
        err = errno;
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        close(pty);
        return err;
    }

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    /* After setsid, opening the terminal makes it the session's controlling terminal: when the driver
       dies and the master closes, the game gets SIGHUP. */
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0);
    posix_spawn_file_actions_adddup2(&actions, 0, 1);
    posix_spawn_file_actions_addopen(&actions, 2, stderr_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 3);
    posix_spawn_file_actions_adddup2(&actions, key_fds[0], 4);
    posix_spawn_file_actions_addclosefrom_np(&actions, 5);
    if (cwd) {
        posix_spawn_file_actions_addchdir_np(&actions, cwd);
    }
    err = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(pipe_fds[1]);
    close(key_fds[0]);
    if (err != 0) {
        close(pipe_fds[0]);
        close(key_fds[1]);
        close(pty);
        return err;
    }
    *master = pty;
    *status = pipe_fds[0];
    *keys = key_fds[1];
    return 0;
}

/* ---- terminal ------------------------------------------------------------------------------------ */

/*
 * The screen is kept here from libvterm's state layer (its parser and cursor/pen logic) rather than by its
 * screen layer: the callbacks below keep exactly the cell contents the screen layer keeps (character, pen
 * foreground, reverse video, protection) and turn each changed cell at once into its character and NetHack
 * colour, so a read is two copies and a step costs what its bytes change, with no per-cell queries.
 */

typedef struct {
    uint32_t ch;      /* 0 for an erased cell, (uint32_t) -1 behind a double-width character */
    int16_t fg;       /* the palette index of the foreground, -1 when it is not an indexed colour */
    uint8_t reverse;  /* reverse video */
    uint8_t protect;  /* protected against selective erase (DECSCA) */
} Cell;

typedef struct {
    VTerm *vt;
    VTermState *state;
    int rows, cols;
    Cell *cells;
    uint8_t *chars;
    int8_t *colors;
    int16_t pen_fg;
    uint8_t pen_reverse;
    uint8_t global_reverse;
} Terminal;

/* NetHack colour of a cell: the palette index 0-15 (bold shows the bright half), 7 for the default
   foreground, 0 for an untouched blank; +16 in reverse video. Characters outside Latin-1 read as '?'. */
static void show_cell(Terminal *t, int at)
{
    const Cell *cell = &t->cells[at];
    uint32_t ch = cell->ch;
    int reverse = cell->reverse ^ t->global_reverse;
    t->chars[at] = (uint8_t) (ch == 0 ? ' ' : ch < 256 ? ch : '?');
    int color;
    if (cell->fg >= 0) {
        color = cell->fg & 15;
    } else {
        color = (ch == 0 || ch == ' ') && !reverse ? 0 : 7;
    }
    t->colors[at] = (int8_t) (reverse ? color + 16 : color);
}

static void show_all(Terminal *t)
{
    for (int at = 0; at < t->rows * t->cols; at++) {
        show_cell(t, at);
    }
}

static int on_putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
{
    Terminal *t = user;
    if (pos.row < 0 || pos.row >= t->rows || pos.col < 0 || pos.col >= t->cols) {
        return 0;
    }
    int at = pos.row * t->cols + pos.col;
    Cell *cell = &t->cells[at];
    cell->ch = info->chars[0];
    if (info->chars[0] != 0) {
        cell->fg = t->pen_fg;
        cell->reverse = t->pen_reverse;
    }
    cell->protect = info->protected_cell;
    show_cell(t, at);
    for (int col = 1; col < info->width && pos.col + col < t->cols; col++) {
        t->cells[at + col].ch = (uint32_t) -1;
        show_cell(t, at + col);
    }
    return 1;
}

static int on_erase(VTermRect rect, int selective, void *user)
{
    Terminal *t = user;
    for (int row = rect.start_row; row < t->rows && row < rect.end_row; row++) {
        for (int col = rect.start_col; col < rect.end_col && col < t->cols; col++) {
            int at = row * t->cols + col;
            Cell *cell = &t->cells[at];
            if (selective && cell->protect) {
                continue;
            }
            /* as the screen layer: only the foreground (and background) come from the pen */
            *cell = (Cell) { .ch = 0, .fg = t->pen_fg };
            show_cell(t, at);
        }
    }
    return 1;
}

static int on_moverect(VTermRect dest, VTermRect src, void *user)
{
    Terminal *t = user;
    int cols = src.end_col - src.start_col;
    int downward = src.start_row - dest.start_row;
    int first = downward < 0 ? dest.end_row - 1 : dest.start_row;
    int stop = downward < 0 ? dest.start_row - 1 : dest.end_row;
    int step = downward < 0 ? -1 : 1;
    for (int row = first; row != stop; row += step) {
        int to = row * t->cols + dest.start_col;
        int from = (row + downward) * t->cols + src.start_col;
        memmove(&t->cells[to], &t->cells[from], (size_t) cols * sizeof(Cell));
        memmove(&t->chars[to], &t->chars[from], (size_t) cols);
        memmove(&t->colors[to], &t->colors[from], (size_t) cols);
    }
    return 1;
}

static int on_setpenattr(VTermAttr attr, VTermValue *val, void *user)
{
    Terminal *t = user;
    if (attr == VTERM_ATTR_FOREGROUND) {
        t->pen_fg = VTERM_COLOR_IS_INDEXED(&val->color) ? (int16_t) val->color.indexed.idx : -1;
    } else if (attr == VTERM_ATTR_REVERSE) {
        t->pen_reverse = (uint8_t) (val->boolean != 0);
    }
    return 1;
}

static int on_settermprop(VTermProp prop, VTermValue *val, void *user)
{
    Terminal *t = user;
    if (prop == VTERM_PROP_ALTSCREEN && val->boolean) {
        return 0; /* no alternate screen, as a screen layer without one refuses it */
    }
    if (prop == VTERM_PROP_REVERSE) {
        t->global_reverse = (uint8_t) (val->boolean != 0);
        show_all(t);
    }
    return 1;
}

static const VTermStateCallbacks callbacks = {
    .putglyph = on_putglyph,
    .moverect = on_moverect,
    .erase = on_erase,
    .setpenattr = on_setpenattr,
    .settermprop = on_settermprop,
};

static void clear_screen(Terminal *t)
{
    for (int at = 0; at < t->rows * t->cols; at++) {
        t->cells[at] = (Cell) { .ch = 0, .fg = -1 };
    }
    t->global_reverse = 0;
    vterm_state_reset(t->state, 1);
    memset(t->chars, ' ', (size_t) t->rows * t->cols);
    memset(t->colors, 0, (size_t) t->rows * t->cols);
}

void *rlgym_nh_term_new(int rows, int cols)
{
    Terminal *t = calloc(1, sizeof *t);
    if (!t) {
        return NULL;
    }
    t->rows = rows;
    t->cols = cols;
    t->cells = calloc((size_t) rows * cols, sizeof(Cell));
    t->chars = malloc((size_t) rows * cols);
    t->colors = malloc((size_t) rows * cols);
    t->vt = vterm_new(rows, cols);
    if (!t->cells || !t->chars || !t->colors || !t->vt) {
        free(t->cells);
        free(t->chars);
        free(t->colors);
        if (t->vt) {
            vterm_free(t->vt);
        }
        free(t);
        return NULL;
    }
    vterm_set_utf8(t->vt, 0);
    t->state = vterm_obtain_state(t->vt);
    vterm_state_set_bold_highbright(t->state, 1);
    vterm_state_set_callbacks(t->state, &callbacks, t);
    t->pen_fg = -1;
    clear_screen(t);
    return t;
}

void rlgym_nh_term_reset(void *handle)
{
    clear_screen(handle);
}

void rlgym_nh_term_write(void *handle, const char *bytes, size_t length)
{
    Terminal *t = handle;
    vterm_input_write(t->vt, bytes, length);
}

/* Copies the screen (rows x cols characters and colours, row-major) and the cursor (row, column). */
void rlgym_nh_term_read(void *handle, uint8_t *chars, int8_t *colors, int *cursor)
{
    Terminal *t = handle;
    size_t cells = (size_t) t->rows * t->cols;
    memcpy(chars, t->chars, cells);
    memcpy(colors, t->colors, cells);
    VTermPos pos;
    vterm_state_get_cursorpos(t->state, &pos);
    cursor[0] = pos.row;
    cursor[1] = pos.col;
}

void rlgym_nh_term_free(void *handle)
{
    Terminal *t = handle;
    if (!t) {
        return;
    }
    vterm_free(t->vt);
    free(t->cells);
    free(t->chars);
    free(t->colors);
    free(t);
}
