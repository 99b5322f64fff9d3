/*
 * guard.c (part of libnethack_bridge.so): gets a game built from source (a private copy of libnethack_game.so, run
 * on its own stack in this process) out of a hang or a crash in its own code, without taking the process with it.
 *
 * Each loaded copy of the game has a guard slot here: the address range of the copy's code, the function that
 * switches from the game's stack back to the environment's (rlnh_escape, in the copy), and fields the copy keeps up
 * to date itself: which thread runs its current step, whether a step is running, how many steps it started, and
 * whether it is in the middle of its own bookkeeping (allocations, open files) that must not be cut short.
 *
 *  - A hang: a watchdog (managed) sees a step run past its limit and sends the hang signal to that step's thread with
 *    pthread_sigqueue, the slot as the signal's value. If the thread is still in that same step and was interrupted
 *    in the copy's own code (not in the C library, which may hold locks), the handler switches back to the
 *    environment's stack; otherwise it returns and the watchdog tries again later.
 *  - A crash (SIGSEGV, SIGBUS, SIGFPE, SIGILL): the handlers are installed over the ones already there (.NET's, which
 *    turn faults in managed code into exceptions) with the same flags and mask. A fault whose instruction lies in the
 *    code of a copy whose step runs on this thread, outside its bookkeeping, ends that game the same way; every other
 *    fault is handed, untouched, to the handler that was there before.
 *
 * Either way the interrupted game is never resumed: the environment unloads that copy of the library.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>

/* The fields a copy of the game writes (rl_game.c keeps the same layout as struct rlnh_guard). */
typedef struct rlgym_nh_guard {
    volatile int in_step;          /* a step (or the start) of the game runs now, on thread */
    volatile int busy;             /* the game is in bookkeeping that must finish (see rl_wrap.c) */
    volatile pthread_t thread;     /* the thread running the step */
    volatile uint64_t steps;       /* steps started */
    /* ours */
    volatile uint64_t interrupt_at; /* the step the last hang signal was meant for */
    uintptr_t text_start, text_end; /* the copy's code */
    void (*escape)(int signal);     /* the copy's rlnh_escape: switches to the environment's stack, never returns */
    atomic_int used;
} rlgym_nh_guard;

#define MAX_GUARDS 4096
static rlgym_nh_guard guards[MAX_GUARDS];
static atomic_int guard_count; /* slots [0, guard_count) have been handed out at least once */
static pthread_mutex_t guard_lock = PTHREAD_MUTEX_INITIALIZER;
static int hang_signal;
static const int fault_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL };
static struct sigaction previous[NSIG];

static uintptr_t program_counter(void *context)
{
#if defined(__x86_64__)
    return (uintptr_t) ((ucontext_t *) context)->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uintptr_t) ((ucontext_t *) context)->uc_mcontext.pc;
#else
    (void) context;
    return 0;
#endif
}

/* Switches the game of g back to the environment if the signal interrupted g's own code on this thread; returns
   otherwise. The signal mask the thread had before the signal is restored first (the handler is left by a switch of
   stacks, never by a return, so the kernel would not restore it). */
static void escape_if_in_game(rlgym_nh_guard *g, int sig, void *context)
{
    uintptr_t pc = program_counter(context);
    if (!atomic_load_explicit(&g->used, memory_order_acquire) || !g->in_step || !pthread_equal(g->thread, pthread_self()) ||
        g->busy || pc < g->text_start || pc >= g->text_end) {
        return;
    }
    pthread_sigmask(SIG_SETMASK, &((ucontext_t *) context)->uc_sigmask, NULL);
    g->escape(sig);
}

static void chain(int sig, siginfo_t *info, void *context)
{
    struct sigaction *old = &previous[sig];
    if (old->sa_flags & SA_SIGINFO) {
        if (old->sa_sigaction) {
            old->sa_sigaction(sig, info, context);
        }
        return;
    }
    if (old->sa_handler == SIG_IGN) {
        return;
    }
    if (old->sa_handler == SIG_DFL) {
        /* The default action: for a fault, returning runs the instruction again, which now takes it. */
        struct sigaction reset;
        memset(&reset, 0, sizeof reset);
        reset.sa_handler = SIG_DFL;
        sigaction(sig, &reset, NULL);
        if (info->si_code <= 0) {
            raise(sig);
        }
        return;
    }
    old->sa_handler(sig);
}

static void on_fault(int sig, siginfo_t *info, void *context)
{
    int count = atomic_load_explicit(&guard_count, memory_order_acquire);
    pthread_t self = pthread_self();
    for (int i = 0; i < count; i++) {
        rlgym_nh_guard *g = &guards[i];
        if (atomic_load_explicit(&g->used, memory_order_acquire) && g->in_step && pthread_equal(g->thread, self)) {
            escape_if_in_game(g, sig, context);
            break; /* a thread runs one game's step at a time */
        }
    }
    chain(sig, info, context);
}

static void on_hang(int sig, siginfo_t *info, void *context)
{
    if (info->si_code != SI_QUEUE) {
        return;
    }
    rlgym_nh_guard *g = info->si_value.sival_ptr;
    if (g < guards || g >= guards + MAX_GUARDS || g->steps != g->interrupt_at) {
        return; /* not one of ours, or that step is over */
    }
    escape_if_in_game(g, sig, context);
}

/* Installs the handlers once per process. The hang signal is the highest real-time signal nobody handles. Returns
   the hang signal, or -1 when none is free (hangs are then not interrupted; crashes still are). */
int rlgym_nh_guard_install(void)
{
    pthread_mutex_lock(&guard_lock);
    if (hang_signal == 0) {
        hang_signal = -1;
        for (int sig = SIGRTMAX - 1; sig > SIGRTMIN + 4; sig--) {
            struct sigaction current;
            if (sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_DFL) {
                struct sigaction action;
                memset(&action, 0, sizeof action);
                action.sa_sigaction = on_hang;
                action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_RESTART;
                sigemptyset(&action.sa_mask);
                if (sigaction(sig, &action, NULL) == 0) {
                    hang_signal = sig;
                    break;
                }
            }
        }
        for (size_t i = 0; i < sizeof fault_signals / sizeof fault_signals[0]; i++) {
            int sig = fault_signals[i];
            struct sigaction action;
            if (sigaction(sig, NULL, &previous[sig]) != 0) {
                continue;
            }
            action = previous[sig];
            action.sa_sigaction = on_fault;
            action.sa_flags = previous[sig].sa_flags | SA_SIGINFO;
            action.sa_flags &= ~SA_RESETHAND;
            sigaction(sig, &action, NULL);
        }
    }
    int result = hang_signal;
    pthread_mutex_unlock(&guard_lock);
    return result;
}

struct text_search {
    uintptr_t address, start, end;
};

static int find_text(struct dl_phdr_info *info, size_t size, void *data)
{
    (void) size;
    struct text_search *search = data;
    uintptr_t start = UINTPTR_MAX, end = 0;
    int contains = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        if (p->p_type != PT_LOAD) {
            continue;
        }
        uintptr_t from = info->dlpi_addr + p->p_vaddr, to = from + p->p_memsz;
        if (search->address >= from && search->address < to) {
            contains = 1;
        }
        if (p->p_flags & PF_X) {
            start = from < start ? from : start;
            end = to > end ? to : end;
        }
    }
    if (!contains || end == 0) {
        return 0;
    }
    search->start = start;
    search->end = end;
    return 1;
}

/* A guard slot for the copy whose code holds code_address, escaping through escape; NULL when none is free or the
   copy cannot be found. */
rlgym_nh_guard *rlgym_nh_guard_add(void *code_address, void (*escape)(int))
{
    struct text_search search = { .address = (uintptr_t) code_address };
    if (!escape || !dl_iterate_phdr(find_text, &search)) {
        return NULL;
    }
    rlgym_nh_guard *found = NULL;
    pthread_mutex_lock(&guard_lock);
    for (int i = 0; i < MAX_GUARDS; i++) {
        if (!atomic_load(&guards[i].used)) {
            found = &guards[i];
            break;
        }
    }
    if (found) {
        found->in_step = 0;
        found->busy = 0;
        found->steps = 0;
        found->interrupt_at = UINT64_MAX;
        found->text_start = search.start;
        found->text_end = search.end;
        found->escape = escape;
        atomic_store_explicit(&found->used, 1, memory_order_release);
        int index = (int) (found - guards) + 1;
        if (index > atomic_load(&guard_count)) {
            atomic_store_explicit(&guard_count, index, memory_order_release);
        }
    }
    pthread_mutex_unlock(&guard_lock);
    return found;
}

/* Frees the slot (before the copy is unloaded). */
void rlgym_nh_guard_remove(rlgym_nh_guard *g)
{
    if (g) {
        atomic_store_explicit(&g->used, 0, memory_order_release);
    }
}

/* Whether a step runs now (1) or not (0), and how many steps the game started. */
int rlgym_nh_guard_poll(const rlgym_nh_guard *g, uint64_t *steps)
{
    *steps = g->steps;
    return g->in_step;
}

/* Interrupts step number `steps` if it still runs: 1 when the signal was sent, 0 when that step is over, -1 when
   there is no hang signal, or an errno value from pthread_sigqueue. */
int rlgym_nh_guard_interrupt(rlgym_nh_guard *g, uint64_t steps)
{
    if (hang_signal <= 0) {
        return -1;
    }
    if (!g->in_step || g->steps != steps) {
        return 0;
    }
    g->interrupt_at = steps;
    union sigval value = { .sival_ptr = g };
    int error = pthread_sigqueue(g->thread, hang_signal, value);
    return error == 0 ? 1 : error;
}
