/* rl_game.c - RlGym's entry point into NetHack 3.6.6 (our own code, replacing sys/unix/unixmain.c).
 *
 * The game runs on its own stack. rlnh_start and rlnh_step switch to it and it runs until it asks
 * for a key (rlnh_getchar, which the tty port's tgetch is mapped to by rl_redirect.h) or ends (exit, wrapped in
 * rl_wrap.c); then control comes back to the caller. One copy of this library holds one game at a time: NetHack keeps
 * its state in globals, so the environment loads a private copy per environment. Between games, rlnh_reset gives the
 * game's memory and files back (rl_wrap.c) and puts the library's writable data (.data, .bss) back as it was when the
 * copy was loaded, so the copy starts the next game exactly as a fresh one would, without unloading and loading it
 * again (which cost some 3 ms per episode, mostly the loader's mapping and relocating and the kernel's page faults and
 * unmapping). rlnh_end releases the copy's last resources before it is unloaded. */
#include "hack.h"
#include "dlb.h"
#include "rl_game.h"
#include <ucontext.h>
#include <link.h>
#include <sys/mman.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#define GAME_STACK_BYTES (16u << 20)

/* Switching between the environment's stack and the game's. glibc's swapcontext saves and restores the signal mask
 * with a rt_sigprocmask system call on every switch: two system calls per step, a measurable part of a step of some
 * 20 microseconds. The game never changes the signal mask (sigaction and signal are wrapped in rl_wrap.c), so on
 * x86-64 a switch keeps only what the calling convention says a callee must preserve - rbx, rbp, r12-r15, the stack
 * pointer, and the SSE and x87 control words - and makes no system call. Elsewhere it is ucontext as before. */
#if defined(__x86_64__)
#define RL_OWN_SWITCH 1
/* Saves the current context on its stack, stores the stack pointer in *from, and resumes the context saved at to. */
__attribute__((visibility("hidden"))) void rl_switch_stack(void **from, void *to);
__asm__(".text\n"
        ".p2align 4\n"
        ".globl rl_switch_stack\n"
        ".hidden rl_switch_stack\n"
        ".type rl_switch_stack,@function\n"
        "rl_switch_stack:\n"
        "  pushq %rbp\n"
        "  pushq %rbx\n"
        "  pushq %r12\n"
        "  pushq %r13\n"
        "  pushq %r14\n"
        "  pushq %r15\n"
        "  subq $8, %rsp\n"
        "  stmxcsr (%rsp)\n"
        "  fnstcw 4(%rsp)\n"
        "  movq %rsp, (%rdi)\n"
        "  movq %rsi, %rsp\n"
        "  ldmxcsr (%rsp)\n"
        "  fldcw 4(%rsp)\n"
        "  addq $8, %rsp\n"
        "  popq %r15\n"
        "  popq %r14\n"
        "  popq %r13\n"
        "  popq %r12\n"
        "  popq %rbx\n"
        "  popq %rbp\n"
        "  ret\n"
        ".size rl_switch_stack, .-rl_switch_stack\n");
static void *env_sp, *game_sp;
#else
static ucontext_t env_context, game_context;
#endif
static void *game_stack;
static int game_started;
static int game_status = -1; /* RLNH_* once the game stopped running */
/* The library's writable data as loaded (taken at the first rlnh_start), and where that data lives. */
static void *pristine;
static char *data_start;
static size_t data_bytes;
static int pending_key;
static unsigned long seeds[2];
static int seeds_used;
static char *tty_bytes;
static size_t tty_length, tty_capacity;
FILE *rlnh_out;
struct rlnh_guard *rl_guard;
static volatile int test_fault;
char rlnh_sysconf_path[4096];
int rl_game_exit_status;

/* The tty port's output: appended to a buffer the environment collects after each step. */
static ssize_t
tty_write(void *cookie, const char *bytes, size_t length)
{
    (void) cookie;
    RL_BUSY_BEGIN();
    if (tty_length + length > tty_capacity) {
        size_t capacity = tty_capacity ? tty_capacity : 65536;
        while (capacity < tty_length + length)
            capacity *= 2;
        char *grown = realloc(tty_bytes, capacity);
        if (!grown) {
            RL_BUSY_END();
            return -1;
        }
        tty_bytes = grown;
        tty_capacity = capacity;
    }
    memcpy(tty_bytes + tty_length, bytes, length);
    tty_length += length;
    RL_BUSY_END();
    return (ssize_t) length;
}

int
rlnh_puts(const char *s)
{
    if (fputs(s, rlnh_out) < 0)
        return EOF;
    return putc('\n', rlnh_out);
}

/* The test hook (rlnh_test_fault): what the game does with its next key instead of playing it, all in this copy's own
   code - loop forever, or fault. */
static volatile int fault_sink;
static void __attribute__((noinline))
rl_test_fault_now(int kind)
{
    volatile int *nowhere = NULL;
    volatile int zero = 0, one = 1;
    switch (kind) {
    case 1:
        for (;;)
            fault_sink++;
    case 2:
        fault_sink = *nowhere;
        break;
    case 3:
        fault_sink = one / zero;
        break;
    default:
        break;
    }
}

/* The game asks for a key: hand control back to the environment until it has one. */
int
rlnh_getchar(void)
{
    fflush(rlnh_out);
    game_status = RLNH_WAITING;
#ifdef RL_OWN_SWITCH
    rl_switch_stack(&game_sp, env_sp);
#else
    swapcontext(&game_context, &env_context);
#endif
    if (test_fault)
        rl_test_fault_now(test_fault);
    return pending_key;
}

/* exit(), panic's end and abort() all come here (rl_wrap.c): the game never runs again. */
void
rl_game_leave(int status)
{
    fflush(rlnh_out);
    game_status = status;
#ifdef RL_OWN_SWITCH
    rl_switch_stack(&game_sp, env_sp); /* never resumed: the game's stack is dropped at rlnh_end */
#else
    setcontext(&env_context);
#endif
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

#ifdef RL_OWN_SWITCH
/* Where the game's stack starts: entered by rl_switch_stack's ret as if called, with the stack aligned as a call
   leaves it. */
static void
game_entry(void)
{
    game_main();
}
#endif

/* dl_iterate_phdr callback: finds this copy's writable segment (the one holding game_status) and sets data_start and
   data_bytes to its part after the RELRO range (which the loader made read-only). */
static int
find_data(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void) size;
    (void) unused;
    uintptr_t self = (uintptr_t) &game_status, start = 0, end = 0, relro_end = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        if (p->p_type == PT_LOAD && (p->p_flags & PF_W)) {
            start = info->dlpi_addr + p->p_vaddr;
            end = start + p->p_memsz;
        } else if (p->p_type == PT_GNU_RELRO) {
            relro_end = info->dlpi_addr + p->p_vaddr + p->p_memsz;
        }
    }
    if (self < start || self >= end)
        return 0;
    if (relro_end > start && relro_end < end)
        start = relro_end;
    data_start = (char *) start;
    data_bytes = end - start;
    return 1;
}

/* Keeps a copy of the writable data before the first game touches it. */
static int
take_pristine_copy(void)
{
    if (pristine)
        return 0;
    if (!dl_iterate_phdr(find_data, NULL))
        return -1;
    void *copy = mmap(NULL, data_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED)
        return -1;
    memcpy(copy, data_start, data_bytes); /* holds pristine == NULL, as the data was before this game */
    pristine = copy;
    return 0;
}

static int
resume(void)
{
    game_status = -1;
    if (rl_guard) {
        rl_guard->thread = (unsigned long) pthread_self();
        rl_guard->steps++;
        rl_guard->in_step = 1;
    }
#ifdef RL_OWN_SWITCH
    rl_switch_stack(&env_sp, game_sp);
#else
    swapcontext(&env_context, &game_context);
#endif
    if (rl_guard)
        rl_guard->in_step = 0;
    return game_status;
}

/* The guard's way out (native/nethack/guard.c): called from its signal handler when signal interrupted this copy's
   own code during a step, on this step's thread. Switches back to the environment's stack as if the game had stopped;
   the game is never resumed (the environment unloads this copy). */
void
rlnh_escape(int signal)
{
    game_status = RLNH_SIGNALLED + signal;
#ifdef RL_OWN_SWITCH
    rl_switch_stack(&game_sp, env_sp);
#else
    setcontext(&env_context);
#endif
    abort(); /* not reached */
}

/* Gives this copy its guard slot (see struct rlnh_guard); NULL for none. */
void
rlnh_set_guard(struct rlnh_guard *guard)
{
    rl_guard = guard;
}

/* Test hook, reached only from the environment's internal test entry: with kind 1 the game loops forever when it gets
   its next key, with 2 it reads through a null pointer (SIGSEGV), with 3 it divides by zero (SIGFPE), all in this
   copy's own code. 0 turns it off. */
void
rlnh_test_fault(int kind)
{
    test_fault = kind;
}

/* Starts a game whose files live in dir (created by the caller), with the game's data (nhdat, symbols, license) in
   data_dir, NETHACKOPTIONS options, the given core and display seeds and a fixed clock (seconds since 1970).
   Runs until the first key request. Returns RLNH_* or -1 (could not start). */
int
rlnh_start(const char *dir, const char *data_dir, const char *options, uint64_t core_seed, uint64_t disp_seed,
           int64_t clock)
{
    static const char *files[] = { "perm", "record", "logfile", "xlogfile" };
    if (game_started)
        return -1; /* one game at a time per copy of the library (rlnh_reset between games) */
    if (take_pristine_copy() < 0)
        return -1;
    game_started = 1;
    if (!game_stack) {
        void *stack = mmap(NULL, GAME_STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                           -1, 0);
        if (stack == MAP_FAILED)
            return -1;
        game_stack = stack;
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
#ifdef RL_OWN_SWITCH
    {
        /* The first switch pops what rl_switch_stack pushes - the control words, six registers (zero) - and returns
           to game_entry; the return address sits 16-byte aligned, so game_entry starts as a called function does. */
        uint64_t *top = (uint64_t *) ((char *) game_stack + GAME_STACK_BYTES);
        uint64_t *sp = top - 2;             /* top[-1]: a null return address for game_entry's frame */
        top[-1] = 0;
        *sp = (uint64_t) (uintptr_t) game_entry;
        sp -= 6;                            /* r15, r14, r13, r12, rbx, rbp */
        memset(sp, 0, 6 * sizeof *sp);
        sp -= 1;                            /* mxcsr (low 4 bytes), x87 control word (next 2) */
        uint32_t control[2] = { 0, 0 };
        __asm__ volatile("stmxcsr %0" : "=m"(control[0]));
        __asm__ volatile("fnstcw %0" : "=m"(control[1]));
        memcpy(sp, control, sizeof control);
        game_sp = sp;
    }
#else
    getcontext(&game_context);
    game_context.uc_stack.ss_sp = game_stack;
    game_context.uc_stack.ss_size = GAME_STACK_BYTES;
    game_context.uc_link = &env_context;
    makecontext(&game_context, game_main, 0);
#endif
    return resume();
}

/* Whether the next game keeps screen_descriptions (NLE's way: each map cell described when the game draws it), to
   be called before rlnh_start when the key is wanted; a reset turns it off again. Returns 0, or -1 (no memory). */
int
rlnh_describe_cells(int on)
{
    return rl_winport_describe(on);
}

/* Test hook: the map cells marked in which (21 x 79) described now, into out (21 x 79 x 80), to compare with the kept
   descriptions. */
void
rlnh_test_describe(const uint8_t *which, uint8_t *out)
{
    rl_winport_describe_now(which, out);
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

/* Gives back what the game holds (memory, files). */
static void
release_game(void)
{
    if (rlnh_out) {
        fclose(rlnh_out);
        rlnh_out = NULL;
    }
    free(tty_bytes);
    tty_bytes = NULL;
    rl_wrap_release();
    tty_length = tty_capacity = 0;
    game_status = -1;
}

/* Ends the game (if any) and makes this copy of the library as it was when loaded, ready for rlnh_start: the game's
   memory and files are given back and the writable data is copied back from the pristine copy (the game's stack and
   the pristine copy itself are kept). Returns 0, or -1 when there is no pristine copy (no game was started). */
int
rlnh_reset(void)
{
    release_game();
    void *copy = pristine, *stack = game_stack;
    uint8_t *descriptions = rl_descriptions;
    char *start = data_start;
    size_t bytes = data_bytes;
    if (!copy)
        return -1;
    memcpy(start, copy, bytes); /* every static of the game and of our files, as loaded */
    /* The copy just wrote these three statics (as NULL): the compiler cannot see that, since it wrote them through a
       pointer it takes for other memory, and would drop the stores below as writing values they already hold. Without
       this barrier every game mapped a new pristine copy, game stack and description buffer and leaked the last ones. */
    __asm__ __volatile__("" ::: "memory");
    pristine = copy;
    game_stack = stack;
    rl_descriptions = descriptions;
    return 0;
}

/* Test hook: what a copy keeps from game to game, into[0..2]: the pristine copy, the game's stack and the description
   buffer (NULL before they exist). A reset that lost them would show new addresses after the next start. */
void
rlnh_test_kept(void **into)
{
    into[0] = pristine;
    into[1] = game_stack;
    into[2] = rl_descriptions;
}

/* Releases everything the game and this copy hold (memory, files, the game's stack); the library may then be unloaded. */
void
rlnh_end(void)
{
    release_game();
    if (game_stack) {
        munmap(game_stack, GAME_STACK_BYTES);
        game_stack = NULL;
    }
    rl_winport_release();
    if (pristine) {
        munmap(pristine, data_bytes);
        pristine = NULL;
    }
    game_started = 0;
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
