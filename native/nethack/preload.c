/*
 * libnethack_preload.so: loaded into the stock NetHack 3.6.6 binary (nethack-console) with LD_PRELOAD by
 * RlGym.Envs.NetHack. It does nothing unless RLGYM_NH_STATUS_FD is set. Under the bridge it:
 *
 *  - reports exactly when the game is about to block reading a key. Everything the game writes to its
 *    terminal (stdout, made a stdio cookie stream, and direct writes to fd 1) is collected here; when the
 *    game asks for a key and none is queued, the collected bytes go to the driver as one frame on the status
 *    pipe (an 8-byte header: payload length and kind, then the payload), in one write. The driver reads
 *    that frame and knows the screen is complete: no sleeping, no polling, and no pass through the
 *    pseudo-terminal (whose kernel worker hand-off costs more than the game's own turn);
 *  - serves keys from the key pipe. The terminal is still the game's controlling terminal and stdin (its
 *    settings, size and hangup all behave as before), but keys arrive on the pipe and are given the input
 *    mapping the terminal would give them under the game's settings (ISTRIP, IGNCR, ICRNL, INLCR). The
 *    game reads keys only with the terminal non-canonical and without echo, which is all this emulates;
 *  - does the terminal's one output transformation NetHack relies on, a newline becoming carriage return
 *    plus newline when the game asked for ONLCR, since the bytes never pass the terminal's output processing
 *    (which is switched off);
 *  - makes games reproducible: /dev/urandom opened with fopen yields bytes from a seeded SplitMix64 stream,
 *    time() returns a pinned clock;
 *  - keeps each game private: paths under the compiled score directory /var/games/nethack/ go to the
 *    playground directory instead;
 *  - keeps the game harmless and fast: no fork or exec (no shell escape or mailer), no sleeping in display
 *    delays, no signals from keys (ISIG, IEXTEN and flow control are cleared whenever the game sets the
 *    terminal);
 *  - leaves nothing behind when the driver dies: the game's own SIGHUP handler is not installed; on a
 *    hangup, end of the key pipe or a broken status pipe the playground directory is deleted and the game
 *    exits. What the game writes after its last key wait (on its way out) goes in a final frame at exit.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define SCORE_PREFIX "/var/games/nethack/"
#define PLAYGROUND_MARKER ".rlgym-nethack-playground"

#define FRAME_HEADER 8
#define FRAME_KEY_WAIT 1u
#define FRAME_EXIT 2u

static int status_fd = -1;
static int key_fd = -1;
static unsigned char *frame;       /* header space, then what the game wrote since the last frame */
static size_t frame_length = FRAME_HEADER;
static size_t frame_capacity;
static unsigned char keys[256];    /* keys read from the key pipe and not yet given to the game */
static size_t key_next, key_count;
static tcflag_t input_flags;       /* the c_iflag the game last set */
static uint64_t random_state;
static time_t pinned_clock;
static char playground[PATH_MAX];
static volatile sig_atomic_t waiting_for_key;
static int expand_newlines = 1;

static int active(void) { return status_fd >= 0; }

#define REAL(name) real_##name
#define DECLARE_REAL(ret, name, ...) static ret (*real_##name)(__VA_ARGS__)
#define LOAD_REAL(name) \
    do { if (!real_##name) *(void **) &real_##name = dlsym(RTLD_NEXT, #name); } while (0)

DECLARE_REAL(int, getc, FILE *);
DECLARE_REAL(int, fgetc, FILE *);
DECLARE_REAL(ssize_t, read, int, void *, size_t);
DECLARE_REAL(ssize_t, write, int, const void *, size_t);
DECLARE_REAL(FILE *, fopen, const char *, const char *);
DECLARE_REAL(int, open, const char *, int, ...);
DECLARE_REAL(int, creat, const char *, mode_t);
DECLARE_REAL(int, link, const char *, const char *);
DECLARE_REAL(int, unlink, const char *);
DECLARE_REAL(int, access, const char *, int);
DECLARE_REAL(int, stat, const char *, struct stat *);
DECLARE_REAL(int, chmod, const char *, mode_t);
DECLARE_REAL(int, tcsetattr, int, int, const struct termios *);
DECLARE_REAL(int, sigaction, int, const struct sigaction *, struct sigaction *);
DECLARE_REAL(sighandler_t, signal, int, sighandler_t);

/* ---- leaving nothing behind ---------------------------------------------------------------------- */

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void) st;
    (void) ftw;
    if (flag == FTW_DP) {
        return rmdir(path);
    }
    LOAD_REAL(unlink);
    return REAL(unlink)(path);
}

/* Deletes the playground (only a directory the bridge marked as one) and exits. */
static void abandon(int code)
{
    if (playground[0] != '\0') {
        char marker[PATH_MAX + sizeof(PLAYGROUND_MARKER) + 1];
        struct stat st;
        snprintf(marker, sizeof marker, "%s/%s", playground, PLAYGROUND_MARKER);
        LOAD_REAL(stat);
        if (REAL(stat)(marker, &st) == 0) {
            nftw(playground, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        }
    }
    _exit(code);
}

static void on_hangup(int sig)
{
    (void) sig;
    /* Only safe to clean up here when the game is blocked reading a key; otherwise its next read of the
       hung-up terminal fails and the read wrapper cleans up. */
    if (waiting_for_key) {
        abandon(129);
    }
}

/* ---- collecting what the game writes to the terminal ------------------------------------------- */

static int append(const char *bytes, size_t size)
{
    if (frame_length + size > frame_capacity) {
        size_t capacity = frame_capacity ? frame_capacity : 1 << 16;
        while (capacity < frame_length + size) {
            capacity *= 2;
        }
        unsigned char *grown = realloc(frame, capacity);
        if (!grown) {
            errno = ENOMEM;
            return -1;
        }
        frame = grown;
        frame_capacity = capacity;
    }
    memcpy(frame + frame_length, bytes, size);
    frame_length += size;
    return 0;
}

/* Appends terminal output as the terminal would pass it on: with ONLCR, a newline becomes "\r\n". */
static int append_output(const char *buf, size_t size)
{
    size_t start = 0;
    if (expand_newlines) {
        for (size_t i = 0; i < size; i++) {
            if (buf[i] == '\n') {
                if (append(buf + start, i - start) != 0 || append("\r\n", 2) != 0) {
                    return -1;
                }
                start = i + 1;
            }
        }
    }
    return append(buf + start, size - start);
}

static ssize_t terminal_write(void *cookie, const char *buf, size_t size)
{
    (void) cookie;
    return append_output(buf, size) == 0 ? (ssize_t) size : -1;
}

/* Sends what the game wrote since the last frame, as one frame of the given kind, in one write. */
static void send_frame(uint32_t kind)
{
    if (!frame && append("", 0) != 0) {
        abandon(134);
    }
    uint32_t payload = (uint32_t) (frame_length - FRAME_HEADER);
    for (int i = 0; i < 4; i++) {
        frame[i] = (unsigned char) (payload >> (8 * i));
        frame[4 + i] = (unsigned char) (kind >> (8 * i));
    }
    size_t done = 0;
    while (done < frame_length) {
        ssize_t n = REAL(write)(status_fd, frame + done, frame_length - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            abandon(141); /* the driver is gone */
        }
        done += (size_t) n;
    }
    frame_length = FRAME_HEADER;
}

/* ---- exact key-wait synchronisation -------------------------------------------------------------- */

/* The key as the terminal's input processing would deliver it; -1 when it would be dropped. */
static int map_key(unsigned char c)
{
    if (input_flags & ISTRIP) {
        c &= 0x7f;
    }
    if (c == '\r') {
        if (input_flags & IGNCR) {
            return -1;
        }
        if (input_flags & ICRNL) {
            c = '\n';
        }
    } else if (c == '\n' && (input_flags & INLCR)) {
        c = '\r';
    }
    return c;
}

/* Blocks until the driver has typed at least one key, reporting the wait (with the screen) first. */
static void await_keys(void)
{
    fflush(stdout);
    send_frame(FRAME_KEY_WAIT);
    waiting_for_key = 1;
    ssize_t n;
    do {
        n = REAL(read)(key_fd, keys, sizeof keys);
    } while (n < 0 && errno == EINTR);
    waiting_for_key = 0;
    if (n <= 0) {
        abandon(129); /* the driver is gone */
    }
    key_next = 0;
    key_count = (size_t) n;
}

/* The next key the game reads, as the terminal would deliver it. */
static int next_key(void)
{
    for (;;) {
        if (key_next == key_count) {
            await_keys();
        }
        int c = map_key(keys[key_next++]);
        if (c >= 0) {
            return c;
        }
    }
}

static int stdin_buffer_empty(void) { return stdin->_IO_read_ptr >= stdin->_IO_read_end; }

static int read_key(int (*reader)(FILE *), FILE *stream)
{
    if (!active() || stream != stdin || !stdin_buffer_empty()) {
        return reader(stream);
    }
    return next_key();
}

int getc(FILE *stream)
{
    LOAD_REAL(getc);
    return read_key(REAL(getc), stream);
}

int _IO_getc(FILE *stream)
{
    LOAD_REAL(getc);
    return read_key(REAL(getc), stream);
}

int fgetc(FILE *stream)
{
    LOAD_REAL(fgetc);
    return read_key(REAL(fgetc), stream);
}

int getchar(void)
{
    LOAD_REAL(getc);
    return read_key(REAL(getc), stdin);
}

ssize_t read(int fd, void *buf, size_t count)
{
    LOAD_REAL(read);
    if (!active() || fd != STDIN_FILENO || count == 0) {
        return REAL(read)(fd, buf, count);
    }
    unsigned char *into = buf;
    size_t got = 0;
    into[got++] = (unsigned char) next_key();
    while (got < count && key_next < key_count) {
        int c = map_key(keys[key_next++]);
        if (c >= 0) {
            into[got++] = (unsigned char) c;
        }
    }
    return (ssize_t) got;
}

ssize_t write(int fd, const void *buf, size_t count)
{
    LOAD_REAL(write);
    if (!active() || fd != STDOUT_FILENO) {
        return REAL(write)(fd, buf, count);
    }
    return append_output(buf, count) == 0 ? (ssize_t) count : -1;
}

/* ---- reproducibility ----------------------------------------------------------------------------- */

static uint64_t next_random(void)
{
    uint64_t z = (random_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Each fopen of /dev/urandom reads the next 64 bytes of the seeded stream. */
static FILE *seeded_urandom(void)
{
    enum { SIZE = 64 };
    unsigned char *bytes = malloc(SIZE);
    if (!bytes) {
        errno = ENOMEM;
        return NULL;
    }
    for (int i = 0; i < SIZE; i += 8) {
        uint64_t v = next_random();
        for (int j = 0; j < 8; j++) {
            bytes[i + j] = (unsigned char) (v >> (8 * j));
        }
    }
    return fmemopen(bytes, SIZE, "r");
}

time_t time(time_t *out)
{
    time_t now;
    if (active()) {
        now = pinned_clock;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        now = ts.tv_sec;
    }
    if (out) {
        *out = now;
    }
    return now;
}

/* ---- the private playground ---------------------------------------------------------------------- */

static const char *redirect(const char *path, char *buffer, size_t size)
{
    size_t prefix = sizeof(SCORE_PREFIX) - 1;
    if (!active() || !path || strncmp(path, SCORE_PREFIX, prefix) != 0) {
        return path;
    }
    if ((size_t) snprintf(buffer, size, "%s/%s", playground, path + prefix) >= size) {
        return path;
    }
    return buffer;
}

FILE *fopen(const char *path, const char *mode)
{
    LOAD_REAL(fopen);
    if (active() && path && strcmp(path, "/dev/urandom") == 0) {
        return seeded_urandom();
    }
    char buffer[PATH_MAX];
    return REAL(fopen)(redirect(path, buffer, sizeof buffer), mode);
}

int open(const char *path, int flags, ...)
{
    LOAD_REAL(open);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = (mode_t) va_arg(args, int);
        va_end(args);
    }
    char buffer[PATH_MAX];
    return REAL(open)(redirect(path, buffer, sizeof buffer), flags, mode);
}

int creat(const char *path, mode_t mode)
{
    LOAD_REAL(creat);
    char buffer[PATH_MAX];
    return REAL(creat)(redirect(path, buffer, sizeof buffer), mode);
}

int link(const char *from, const char *to)
{
    LOAD_REAL(link);
    char a[PATH_MAX], b[PATH_MAX];
    return REAL(link)(redirect(from, a, sizeof a), redirect(to, b, sizeof b));
}

int unlink(const char *path)
{
    LOAD_REAL(unlink);
    char buffer[PATH_MAX];
    return REAL(unlink)(redirect(path, buffer, sizeof buffer));
}

int access(const char *path, int how)
{
    LOAD_REAL(access);
    char buffer[PATH_MAX];
    return REAL(access)(redirect(path, buffer, sizeof buffer), how);
}

int stat(const char *path, struct stat *st)
{
    LOAD_REAL(stat);
    char buffer[PATH_MAX];
    return REAL(stat)(redirect(path, buffer, sizeof buffer), st);
}

int chmod(const char *path, mode_t mode)
{
    LOAD_REAL(chmod);
    char buffer[PATH_MAX];
    return REAL(chmod)(redirect(path, buffer, sizeof buffer), mode);
}

/* ---- harmless and fast --------------------------------------------------------------------------- */

pid_t fork(void)
{
    if (active()) {
        errno = EAGAIN;
        return -1;
    }
    pid_t (*real_fork)(void) = (pid_t (*)(void)) dlsym(RTLD_NEXT, "fork");
    return real_fork();
}

unsigned int sleep(unsigned int seconds)
{
    if (active()) {
        return 0;
    }
    struct timespec ts = { (time_t) seconds, 0 };
    nanosleep(&ts, NULL);
    return 0;
}

int usleep(useconds_t micros)
{
    if (active()) {
        return 0;
    }
    struct timespec ts = { (time_t) (micros / 1000000), (long) (micros % 1000000) * 1000 };
    return nanosleep(&ts, NULL);
}

int napms(int millis)
{
    if (active()) {
        return 0;
    }
    struct timespec ts = { millis / 1000, (long) (millis % 1000) * 1000000L };
    nanosleep(&ts, NULL);
    return 0;
}

/* Applies terminal settings without signal keys, flow control or output processing (see terminal_write). */
static int set_terminal(int fd, int when, const struct termios *settings)
{
    LOAD_REAL(tcsetattr);
    struct termios quiet = *settings;
    expand_newlines = (settings->c_oflag & OPOST) && (settings->c_oflag & ONLCR);
    input_flags = settings->c_iflag;
    quiet.c_lflag &= (tcflag_t) ~(ISIG | IEXTEN);
    quiet.c_iflag &= (tcflag_t) ~(IXON | IXOFF);
    quiet.c_oflag &= (tcflag_t) ~OPOST;
    return REAL(tcsetattr)(fd, when, &quiet);
}

int tcsetattr(int fd, int when, const struct termios *settings)
{
    LOAD_REAL(tcsetattr);
    if (!active() || !settings || !isatty(fd)) {
        return REAL(tcsetattr)(fd, when, settings);
    }
    return set_terminal(fd, when, settings);
}

sighandler_t signal(int sig, sighandler_t handler)
{
    LOAD_REAL(signal);
    if (active() && sig == SIGHUP) {
        return SIG_DFL;
    }
    return REAL(signal)(sig, handler);
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
    LOAD_REAL(sigaction);
    if (active() && sig == SIGHUP && act) {
        if (old) {
            memset(old, 0, sizeof *old);
            old->sa_handler = SIG_DFL;
        }
        return 0;
    }
    return REAL(sigaction)(sig, act, old);
}

/* ---- start-up ------------------------------------------------------------------------------------ */

static uint64_t parse_u64(const char *text, int base)
{
    return text ? strtoull(text, NULL, base) : 0;
}

__attribute__((constructor)) static void preload_start(void)
{
    const char *fd = getenv("RLGYM_NH_STATUS_FD");
    if (!fd) {
        return;
    }
    random_state = parse_u64(getenv("RLGYM_NH_SEED"), 16);
    pinned_clock = (time_t) parse_u64(getenv("RLGYM_NH_CLOCK"), 10);
    const char *dir = getenv("RLGYM_NH_PLAYGROUND");
    if (dir && strlen(dir) < sizeof playground) {
        strcpy(playground, dir);
    }

    static cookie_io_functions_t terminal = { .write = terminal_write };
    FILE *out = fopencookie(NULL, "w", terminal);
    if (out) {
        setvbuf(out, NULL, _IOFBF, 1 << 16);
        stdout = out;
    }

    LOAD_REAL(sigaction);
    struct sigaction hangup;
    memset(&hangup, 0, sizeof hangup);
    hangup.sa_handler = on_hangup;
    sigemptyset(&hangup.sa_mask);
    REAL(sigaction)(SIGHUP, &hangup, NULL);
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    REAL(sigaction)(SIGPIPE, &ignore, NULL);

    struct termios initial;
    if (tcgetattr(STDIN_FILENO, &initial) == 0) {
        set_terminal(STDIN_FILENO, TCSANOW, &initial);
    }

    LOAD_REAL(read);
    LOAD_REAL(write);
    key_fd = (int) parse_u64(getenv("RLGYM_NH_KEY_FD"), 10);
    status_fd = (int) parse_u64(fd, 10);
    unsetenv("LD_PRELOAD");
    unsetenv("RLGYM_NH_STATUS_FD");
    unsetenv("RLGYM_NH_KEY_FD");
    unsetenv("RLGYM_NH_SEED");
    unsetenv("RLGYM_NH_CLOCK");
    unsetenv("RLGYM_NH_PLAYGROUND");
}

/* What the game writes on its way out, after its last key wait, goes to the driver in a final frame. */
__attribute__((destructor)) static void preload_end(void)
{
    if (!active()) {
        return;
    }
    fflush(stdout);
    send_frame(FRAME_EXIT);
}
