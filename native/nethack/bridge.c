/*
 * libnethack_bridge.so: the native half of RlGym.Envs.NetHack's process bridge, called through P/Invoke.
 *
 *  - rlgym_nh_spawn starts a program in a new session on a new pseudo-terminal of the given size (its
 *    stdin, stdout and controlling terminal), with the write end of a status pipe on fd 3, the read end of
 *    a key pipe on fd 4 and stderr to a file, using posix_spawn (no fork of the managed process). Every
 *    descriptor it returns is close-on-exec, so games started later never inherit another game's ends.
 *  - rlgym_nh_term_* wrap libvterm (Debian's libvterm0): bytes in, and a copy of the screen out as one
 *    character and one colour byte per cell plus the cursor. The copy is kept up to date from libvterm's
 *    damage callbacks, so a step that changes a few cells costs a few cell reads, not 1920.
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

typedef struct {
    VTerm *vt;
    VTermScreen *screen;
    int rows, cols;
    uint8_t *chars;
    int8_t *colors;
} Terminal;

/* NetHack colour of a cell: the palette index 0-15 (bold shows the bright half), 7 for the default
   foreground, 0 for an untouched blank; +16 in reverse video. */
static void read_cell(Terminal *t, int row, int col)
{
    VTermScreenCell cell;
    VTermPos pos = { .row = row, .col = col };
    int at = row * t->cols + col;
    if (!vterm_screen_get_cell(t->screen, pos, &cell)) {
        return;
    }
    uint32_t ch = cell.chars[0];
    t->chars[at] = (uint8_t) (ch == 0 ? ' ' : ch < 256 ? ch : '?');
    int color;
    if (VTERM_COLOR_IS_INDEXED(&cell.fg)) {
        color = cell.fg.indexed.idx & 15;
    } else {
        color = (ch == 0 || ch == ' ') && !cell.attrs.reverse ? 0 : 7;
    }
    if (cell.attrs.reverse) {
        color += 16;
    }
    t->colors[at] = (int8_t) color;
}

static int on_damage(VTermRect rect, void *user)
{
    Terminal *t = user;
    for (int row = rect.start_row; row < rect.end_row; row++) {
        for (int col = rect.start_col; col < rect.end_col; col++) {
            read_cell(t, row, col);
        }
    }
    return 1;
}

static const VTermScreenCallbacks callbacks = { .damage = on_damage };

void *rlgym_nh_term_new(int rows, int cols)
{
    Terminal *t = calloc(1, sizeof *t);
    if (!t) {
        return NULL;
    }
    t->rows = rows;
    t->cols = cols;
    t->chars = malloc((size_t) rows * cols);
    t->colors = malloc((size_t) rows * cols);
    t->vt = vterm_new(rows, cols);
    if (!t->chars || !t->colors || !t->vt) {
        free(t->chars);
        free(t->colors);
        if (t->vt) {
            vterm_free(t->vt);
        }
        free(t);
        return NULL;
    }
    vterm_set_utf8(t->vt, 0);
    VTermState *state = vterm_obtain_state(t->vt);
    vterm_state_set_bold_highbright(state, 1);
    t->screen = vterm_obtain_screen(t->vt);
    vterm_screen_set_callbacks(t->screen, &callbacks, t);
    vterm_screen_set_damage_merge(t->screen, VTERM_DAMAGE_CELL);
    vterm_screen_reset(t->screen, 1);
    memset(t->chars, ' ', (size_t) rows * cols);
    memset(t->colors, 0, (size_t) rows * cols);
    return t;
}

void rlgym_nh_term_reset(void *handle)
{
    Terminal *t = handle;
    vterm_screen_reset(t->screen, 1);
    memset(t->chars, ' ', (size_t) t->rows * t->cols);
    memset(t->colors, 0, (size_t) t->rows * t->cols);
}

void rlgym_nh_term_write(void *handle, const char *bytes, size_t length)
{
    Terminal *t = handle;
    vterm_input_write(t->vt, bytes, length);
    vterm_screen_flush_damage(t->screen);
}

/* Copies the screen (rows x cols characters and colours, row-major) and the cursor (row, column). */
void rlgym_nh_term_read(void *handle, uint8_t *chars, int8_t *colors, int *cursor)
{
    Terminal *t = handle;
    size_t cells = (size_t) t->rows * t->cols;
    memcpy(chars, t->chars, cells);
    memcpy(colors, t->colors, cells);
    VTermPos pos;
    vterm_state_get_cursorpos(vterm_obtain_state(t->vt), &pos);
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
    free(t->chars);
    free(t->colors);
    free(t);
}
