/* rl_wrap.c - link-time wrappers (-Wl,--wrap=NAME, see build.sh) for the C library calls of NetHack whose effect
 * would reach beyond one game: ending the process, signal handlers, the terminal, the clock, the environment
 * variables, child processes, sleeping. Allocations and open files are tracked so that a game abandoned at any
 * point (a reset mid-game, a dispose) gives everything back. Our own code. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "rl_game.h"

void *__real_malloc(size_t);
void *__real_realloc(void *, size_t);
void __real_free(void *);
int __real_open(const char *, int, ...);
int __real_close(int);
FILE *__real_fopen(const char *, const char *);
FILE *__real_fdopen(int, const char *);
int __real_fclose(FILE *);

/* ---- the environment the game sees ---- */
static char game_dir[4096];
static char game_options[8192];
static int64_t game_clock;

void
rl_wrap_configure(const char *dir, const char *options, int64_t clock)
{
    snprintf(game_dir, sizeof game_dir, "%s", dir);
    snprintf(game_options, sizeof game_options, "%s", options ? options : "");
    game_clock = clock;
}

char *
__wrap_getenv(const char *name)
{
    if (!strcmp(name, "NETHACKOPTIONS"))
        return game_options;
    if (!strcmp(name, "HOME"))
        return game_dir;
    if (!strcmp(name, "USER") || !strcmp(name, "LOGNAME"))
        return (char *) "rlgym";
    return NULL; /* TERM among them: the tty port then uses its built-in ANSI sequences (ANSI_DEFAULT) */
}

time_t
__wrap_time(time_t *t)
{
    if (t)
        *t = (time_t) game_clock;
    return (time_t) game_clock;
}

/* ---- ending ---- */
void
__wrap_exit(int status)
{
    rl_game_exit_status = status;
    rl_game_leave(RLNH_ENDED);
}

void
__wrap__exit(int status)
{
    __wrap_exit(status);
}

void
__wrap_abort(void)
{
    rl_game_leave(RLNH_ABORTED);
}

int
__wrap_atexit(void (*function)(void))
{
    (void) function; /* never run at the host's exit: this library may be unloaded long before */
    return 0;
}

/* ---- signals, terminal, processes, sleeping: none of it reaches the host ---- */
void (*__wrap_signal(int sig, void (*handler)(int)))(int)
{
    (void) sig;
    (void) handler;
    return SIG_DFL;
}

int
__wrap_sigaction(int sig, const struct sigaction *action, struct sigaction *old)
{
    (void) sig;
    (void) action;
    if (old)
        memset(old, 0, sizeof *old);
    return 0;
}

int
__wrap_tcgetattr(int fd, struct termios *t)
{
    (void) fd;
    memset(t, 0, sizeof *t);
    t->c_cflag = CS8 | CREAD;
    cfsetospeed(t, B38400);
    cfsetispeed(t, B38400);
    return 0;
}

int
__wrap_tcsetattr(int fd, int when, const struct termios *t)
{
    (void) fd;
    (void) when;
    (void) t;
    return 0;
}

/* The game's terminal is the environment's 24x80 emulator: its size is all an ioctl may learn. */
int
__wrap_ioctl(int fd, unsigned long request, ...)
{
    (void) fd;
    if (request == TIOCGWINSZ) {
        va_list args;
        va_start(args, request);
        struct winsize *size = va_arg(args, struct winsize *);
        va_end(args);
        memset(size, 0, sizeof *size);
        size->ws_row = 24;
        size->ws_col = 80;
        return 0;
    }
    errno = ENOTTY;
    return -1;
}

int
__wrap_isatty(int fd)
{
    (void) fd;
    return 1; /* the tty port's "You must play from a terminal" check */
}

pid_t
__wrap_fork(void)
{
    errno = ENOSYS;
    return -1;
}

int
__wrap_execl(const char *path, const char *arg, ...)
{
    (void) path;
    (void) arg;
    errno = ENOSYS;
    return -1;
}

int
__wrap_execv(const char *path, char *const argv[])
{
    (void) path;
    (void) argv;
    errno = ENOSYS;
    return -1;
}

unsigned int
__wrap_sleep(unsigned int seconds)
{
    (void) seconds;
    return 0;
}

int
__wrap_usleep(useconds_t usec)
{
    (void) usec;
    return 0;
}

/* ---- memory: every block carries a link in a list of the game's blocks ---- */
typedef struct block {
    struct block *prev, *next;
} block;
_Static_assert(sizeof(block) == 16, "blocks keep malloc's 16-byte alignment");
static block blocks = { &blocks, &blocks };

static void *
link_block(block *b)
{
    if (!b)
        return NULL;
    b->next = blocks.next;
    b->prev = &blocks;
    blocks.next->prev = b;
    blocks.next = b;
    return b + 1;
}

static void
unlink_block(block *b)
{
    b->prev->next = b->next;
    b->next->prev = b->prev;
}

void *
__wrap_malloc(size_t size)
{
    RL_BUSY_BEGIN();
    void *p = link_block(__real_malloc(size + sizeof(block)));
    RL_BUSY_END();
    return p;
}

void *
__wrap_calloc(size_t count, size_t size)
{
    if (size && count > (SIZE_MAX - sizeof(block)) / size)
        return NULL;
    void *p = __wrap_malloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *
__wrap_realloc(void *p, size_t size)
{
    if (!p)
        return __wrap_malloc(size);
    RL_BUSY_BEGIN();
    block *b = (block *) p - 1;
    unlink_block(b);
    block *grown = __real_realloc(b, size + sizeof(block));
    void *result = grown ? link_block(grown) : (link_block(b), NULL);
    RL_BUSY_END();
    return result;
}

void
__wrap_free(void *p)
{
    if (!p)
        return;
    RL_BUSY_BEGIN();
    block *b = (block *) p - 1;
    unlink_block(b);
    __real_free(b);
    RL_BUSY_END();
}

/* ---- files: descriptors and streams the game opened ---- */
#define MAX_FDS 1024
static unsigned char open_fds[MAX_FDS];
#define MAX_STREAMS 64
static FILE *open_streams[MAX_STREAMS];

static int
track_fd(int fd)
{
    if (fd >= 0 && fd < MAX_FDS)
        open_fds[fd] = 1;
    return fd;
}

int
__wrap_open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = (mode_t) va_arg(args, int);
        va_end(args);
    }
    RL_BUSY_BEGIN();
    int fd = track_fd(__real_open(path, flags | O_CLOEXEC, mode));
    RL_BUSY_END();
    return fd;
}

int
__wrap_creat(const char *path, mode_t mode)
{
    RL_BUSY_BEGIN();
    int fd = track_fd(__real_open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode));
    RL_BUSY_END();
    return fd;
}

int
__wrap_close(int fd)
{
    RL_BUSY_BEGIN();
    if (fd >= 0 && fd < MAX_FDS)
        open_fds[fd] = 0;
    int result = __real_close(fd);
    RL_BUSY_END();
    return result;
}

static FILE *
track_stream(FILE *f)
{
    if (f)
        for (int i = 0; i < MAX_STREAMS; i++)
            if (!open_streams[i]) {
                open_streams[i] = f;
                break;
            }
    return f;
}

FILE *
__wrap_fopen(const char *path, const char *mode)
{
    char m[16];
    snprintf(m, sizeof m, "%se", mode); /* close-on-exec: the host's children never inherit the game's files */
    RL_BUSY_BEGIN();
    FILE *f = track_stream(__real_fopen(path, m));
    RL_BUSY_END();
    return f;
}

FILE *
__wrap_fdopen(int fd, const char *mode)
{
    RL_BUSY_BEGIN();
    FILE *f = track_stream(__real_fdopen(fd, mode));
    if (f && fd >= 0 && fd < MAX_FDS)
        open_fds[fd] = 0; /* the stream owns it now */
    RL_BUSY_END();
    return f;
}

int
__wrap_fclose(FILE *f)
{
    RL_BUSY_BEGIN();
    for (int i = 0; i < MAX_STREAMS; i++)
        if (open_streams[i] == f)
            open_streams[i] = NULL;
    int result = __real_fclose(f);
    RL_BUSY_END();
    return result;
}

void
rl_wrap_release(void)
{
    for (int i = 0; i < MAX_STREAMS; i++)
        if (open_streams[i]) {
            __real_fclose(open_streams[i]);
            open_streams[i] = NULL;
        }
    for (int fd = 0; fd < MAX_FDS; fd++)
        if (open_fds[fd]) {
            __real_close(fd);
            open_fds[fd] = 0;
        }
    while (blocks.next != &blocks) {
        block *b = blocks.next;
        unlink_block(b);
        __real_free(b);
    }
}
