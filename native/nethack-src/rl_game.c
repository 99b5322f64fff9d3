/* rl_game.c - RlGym's entry point into NetHack 3.6.6 (our own code, replacing sys/unix/unixmain.c).
 *
 * The game runs on its own stack (ucontext). rlnh_start and rlnh_step switch to it and it runs until it asks
 * for a key (rlnh_getchar, which the tty port's tgetch is mapped to by rl_redirect.h) or ends (exit, wrapped in
 * rl_wrap.c); then control comes back to the caller. One copy of this library holds one game: NetHack keeps its
 * state in globals, so the environment loads a private copy per game and unloads it after rlnh_end. */
#include "hack.h"
#include "dlb.h"
#include "rl_game.h"
#include <ucontext.h>
#include <sys/mman.h>
#include <fcntl.h>
#include <unistd.h>

#define GAME_STACK_BYTES (16u << 20)

static ucontext_t env_context, game_context;
static void *game_stack;
static int game_status = -1; /* RLNH_* once the game stopped running */
static int pending_key;
static unsigned long seeds[2];
static int seeds_used;
static char *tty_bytes;
static size_t tty_length, tty_capacity;
FILE *rlnh_out;
char rlnh_sysconf_path[4096];
int rl_game_exit_status;

/* The tty port's output: appended to a buffer the environment collects after each step. */
static ssize_t
tty_write(void *cookie, const char *bytes, size_t length)
{
    (void) cookie;
    if (tty_length + length > tty_capacity) {
        size_t capacity = tty_capacity ? tty_capacity : 65536;
        while (capacity < tty_length + length)
            capacity *= 2;
        char *grown = realloc(tty_bytes, capacity);
        if (!grown)
            return -1;
        tty_bytes = grown;
        tty_capacity = capacity;
    }
    memcpy(tty_bytes + tty_length, bytes, length);
    tty_length += length;
    return (ssize_t) length;
}

int
rlnh_puts(const char *s)
{
    if (fputs(s, rlnh_out) < 0)
        return EOF;
    return putc('\n', rlnh_out);
}

/* The game asks for a key: hand control back to the environment until it has one. */
int
rlnh_getchar(void)
{
    fflush(rlnh_out);
    game_status = RLNH_WAITING;
    swapcontext(&game_context, &env_context);
    return pending_key;
}

/* exit(), panic's end and abort() all come here (rl_wrap.c): the game never runs again. */
void
rl_game_leave(int status)
{
    fflush(rlnh_out);
    game_status = status;
    setcontext(&env_context);
    abort(); /* not reached */
}

/* unixmain.c's duties that the rest of the game relies on. */
unsigned long
sys_random_seed(void)
{
    /* init_random asks for the core seed, then the display seed; reseeding later asks again (only when
       has_strong_rngseed, which stays FALSE: the seeds fix the whole game). */
    return seeds[seeds_used++ & 1];
}

boolean
authorize_wizard_mode(void)
{
    return FALSE;
}

boolean
check_user_string(char *optstr)
{
    return optstr && optstr[0] == '*';
}

void
sethanguphandler(void (*handler)(int))
{
    (void) handler;
}

void
port_help(void)
{
}

char *
get_login_name(void)
{
    static char name[] = "rlgym";
    return name;
}

void
append_slash(char *name)
{
    size_t length = strlen(name);
    if (length > 0 && name[length - 1] != '/')
        strcpy(name + length, "/");
}

static void
game_main(void)
{
    int argc = 1;
    char *argv[] = { (char *) "nethack", NULL };

    sys_early_init();
    hname = argv[0];
    hackpid = 1;
    choose_windows("tty");
    rl_winport_install();
    initoptions();
    rl_winport_install(); /* again: a windowtype option makes initoptions choose the tty port's table afresh */
    u.uhp = 1; /* prevent RIP on early quits */
    program_state.preserve_locks = 1;
    init_nhwindows(&argc, argv);
    set_playmode();
    Strcpy(plname, "Agent");
    plnamesuffix();
    dlb_init();
    vision_init();
    display_gamewindows();
    getlock();
    program_state.preserve_locks = 0;
    player_selection();
    newgame();
    moveloop(0);
    rl_game_leave(RLNH_ENDED);
}

static void
touch(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    if (fd >= 0)
        close(fd);
}

static int
resume(void)
{
    game_status = -1;
    swapcontext(&env_context, &game_context);
    return game_status;
}

/* Starts a game whose files live in dir (created by the caller), with the game's data (nhdat, symbols, license) in
   data_dir, NETHACKOPTIONS options, the given core and display seeds and a fixed clock (seconds since 1970).
   Runs until the first key request. Returns RLNH_* or -1 (could not start). */
int
rlnh_start(const char *dir, const char *data_dir, const char *options, uint64_t core_seed, uint64_t disp_seed,
           int64_t clock)
{
    static const char *files[] = { "perm", "record", "logfile", "xlogfile" };
    if (game_stack)
        return -1; /* one game per copy of the library */
    game_stack = mmap(NULL, GAME_STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
    if (game_stack == MAP_FAILED) {
        game_stack = NULL;
        return -1;
    }
    static const cookie_io_functions_t tty_functions = { NULL, tty_write, NULL, NULL };
    rlnh_out = fopencookie(NULL, "w", tty_functions);
    if (!rlnh_out)
        return -1;
    setvbuf(rlnh_out, NULL, _IOFBF, 1 << 16);
    for (size_t i = 0; i < SIZE(files); i++)
        touch(dir, files[i]);
    rl_wrap_configure(dir, options, clock);
    snprintf(rlnh_sysconf_path, sizeof rlnh_sysconf_path, "%s/sysconf", data_dir);
    seeds[0] = (unsigned long) core_seed;
    seeds[1] = (unsigned long) disp_seed;
    for (int i = 0; i < PREFIX_COUNT; i++) {
        const char *base = i == DATAPREFIX ? data_dir : dir;
        fqn_prefix[i] = (char *) alloc(strlen(base) + 2);
        Strcpy(fqn_prefix[i], base);
        append_slash(fqn_prefix[i]);
    }
    getcontext(&game_context);
    game_context.uc_stack.ss_sp = game_stack;
    game_context.uc_stack.ss_size = GAME_STACK_BYTES;
    game_context.uc_link = &env_context;
    makecontext(&game_context, game_main, 0);
    return resume();
}

/* Gives the waiting game a key and runs it until it waits again or ends. */
int
rlnh_step(int key)
{
    if (game_status != RLNH_WAITING)
        return game_status < 0 ? -1 : game_status;
    pending_key = key;
    rl_winport_new_step();
    return resume();
}

/* The bytes the tty port drew since the last call; valid until the next rlnh_step. */
const char *
rlnh_output(size_t *length)
{
    *length = tty_length;
    tty_length = 0;
    return tty_bytes;
}

void
rlnh_observe(const rlnh_observation *obs)
{
    rl_winport_observe(obs);
}

/* Releases everything the game holds (memory, files, its stack); the library may then be unloaded. */
void
rlnh_end(void)
{
    if (rlnh_out) {
        fclose(rlnh_out);
        rlnh_out = NULL;
    }
    free(tty_bytes);
    tty_bytes = NULL;
    rl_wrap_release();
    tty_length = tty_capacity = 0;
    if (game_stack) {
        munmap(game_stack, GAME_STACK_BYTES);
        game_stack = NULL;
    }
    game_status = -1;
}

/* The glyph layout of this build, for the environment's tasks: [0] GLYPH_MON_OFF, [1] GLYPH_PET_OFF, [2] NUMMONS,
   [3] the glyph of dark stone (blank map cell), [4] MAX_GLYPH, [5] PM_ORACLE. */
void
rlnh_glyph_constants(int32_t *out)
{
    out[0] = GLYPH_MON_OFF;
    out[1] = GLYPH_PET_OFF;
    out[2] = NUMMONS;
    out[3] = cmap_to_glyph(S_stone);
    out[4] = MAX_GLYPH;
    out[5] = PM_ORACLE;
}
